import { escapeHtml, type PageLinks } from './html.js';

/** What every page of the directory shares. */
export interface PageFrame {
  /** The consortium's name, for the title and the header. */
  consortium: string;
  /** The page's own title ("UB: University of Barcelona"); the home page has none. */
  title?: string;
  links: PageLinks;
  /** Whether the search box is shown: only where /api/answer answers (the server). */
  search: boolean;
  /** The source document's file name, for the footer; null when the dataset names none. */
  sourceDocument: string | null;
}

/** Sections the header links to on the home page. */
const NAV = [
  ['matrix', 'Matrix'],
  ['map', 'Map'],
  ['work-packages', 'Work packages'],
  ['partners', 'Partners'],
] as const;

function searchForm(links: PageLinks): string {
  // Without JavaScript the form still submits, to the JSON answer; the script renders it here.
  return `<form class="search" role="search" action="${links.root}api/answer" method="get" data-search>
  <label for="q">Ask the bot</label>
  <div class="search-row"><input id="q" name="q" type="search" maxlength="500" autocomplete="off" placeholder="Who leads WP4?" required><button type="submit">Ask</button></div>
</form>
<section class="answer" aria-live="polite" aria-label="Answer" data-answer hidden></section>`;
}

/**
 * The page around `main`: skip link, header with the consortium's name and the section links,
 * the search box, and the footer saying where every fact comes from. `data-theme="auto"`
 * follows the system; the server swaps in the theme Teams asks for (see index.ts).
 */
export function renderPage(frame: PageFrame, main: string): string {
  const { links } = frame;
  const title = frame.title
    ? `${frame.title} · ${frame.consortium} directory`
    : `${frame.consortium} directory`;
  const nav = NAV.map(([id, label]) => `<li><a href="${links.home}#${id}">${label}</a></li>`).join(
    '',
  );
  const source = frame.sourceDocument
    ? ` Every role quotes the sentence of <cite>${escapeHtml(frame.sourceDocument)}</cite> it comes from.`
    : '';
  return `<!doctype html>
<html lang="en" data-theme="auto">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${links.asset('site.css')}">
<script src="${links.asset('site.js')}" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<header class="site-header">
  <div class="wrap header-row">
    <a class="brand" href="${links.home}">${escapeHtml(frame.consortium)} <span>directory</span></a>
    <nav aria-label="Sections"><ul>${nav}</ul></nav>
  </div>
  ${frame.search ? `<div class="wrap">${searchForm(links)}</div>` : ''}
</header>
<main id="main" class="wrap">
${main}
</main>
<footer class="site-footer"><div class="wrap">
  <p>Built by eucanbot from the ${escapeHtml(frame.consortium)} partner dataset alone.${source}</p>
</div></footer>
</body>
</html>
`;
}
