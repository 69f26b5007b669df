/**
 * The directory's one stylesheet, served as /assets/site.css: system fonts only (nothing is
 * fetched), colours as custom properties for the light, dark and high-contrast themes (Teams
 * passes one of default, dark and contrast; see index.ts), and a layout that holds at 320 px.
 * Text colours meet WCAG AA against their backgrounds in every theme.
 */
export const SITE_CSS = `
:root {
  --bg: #f6f7f9; --surface: #ffffff; --text: #1b1f24; --muted: #4f5a66; --line: #d5dbe1;
  --accent: #1f5fad; --accent-text: #ffffff; --lead: #1f5fad; --in: #5b7fa8; --row: #eef2f7;
  --sea: #e8eef5; --land: #d9dee4; --partner-land: #8fb3dc; --marker: #1f5fad; --focus: #c2410c;
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  html[data-theme="auto"] {
    --bg: #16191d; --surface: #1f2329; --text: #e8eaed; --muted: #a9b2bc; --line: #39414a;
    --accent: #8ab4f8; --accent-text: #0d1b2e; --lead: #8ab4f8; --in: #7f97b4; --row: #262b32;
    --sea: #1a2430; --land: #2f3640; --partner-land: #3f6594; --marker: #8ab4f8; --focus: #fdba74;
    color-scheme: dark;
  }
}
html[data-theme="dark"] {
  --bg: #16191d; --surface: #1f2329; --text: #e8eaed; --muted: #a9b2bc; --line: #39414a;
  --accent: #8ab4f8; --accent-text: #0d1b2e; --lead: #8ab4f8; --in: #7f97b4; --row: #262b32;
  --sea: #1a2430; --land: #2f3640; --partner-land: #3f6594; --marker: #8ab4f8; --focus: #fdba74;
  color-scheme: dark;
}
html[data-theme="contrast"] {
  --bg: #000000; --surface: #000000; --text: #ffffff; --muted: #ffffff; --line: #ffffff;
  --accent: #ffff00; --accent-text: #000000; --lead: #ffff00; --in: #ffffff; --row: #000000;
  --sea: #000000; --land: #000000; --partner-land: #1aebff; --marker: #ffff00; --focus: #1aebff;
  color-scheme: dark;
}
html[data-theme="contrast"] .map .land { stroke: #ffffff; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--text);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", "Helvetica Neue", Arial, sans-serif;
}
a { color: var(--accent); text-underline-offset: 2px; }
a:focus-visible, button:focus-visible, input:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px;
}
.wrap { max-width: 1120px; margin: 0 auto; padding: 0 20px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.skip { position: absolute; left: -999px; top: 8px; background: var(--surface); padding: 8px 12px; z-index: 10; }
.skip:focus { left: 8px; }
.site-header { background: var(--surface); border-bottom: 1px solid var(--line); padding: 12px 0; }
.header-row { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px 24px; }
.brand { font-weight: 700; font-size: 1.15rem; text-decoration: none; color: var(--text); }
.brand span { color: var(--muted); font-weight: 400; }
.site-header nav ul { display: flex; flex-wrap: wrap; gap: 4px 18px; list-style: none; margin: 0; padding: 0; }
.site-header nav a { text-decoration: none; font-weight: 500; }
.site-header nav a:hover { text-decoration: underline; }
.search { margin-top: 12px; }
.search label { display: block; font-weight: 600; font-size: 0.9rem; margin-bottom: 4px; }
.search-row { display: flex; gap: 8px; max-width: 640px; }
.search input {
  flex: 1; min-width: 0; font: inherit; padding: 8px 12px; border: 1px solid var(--muted);
  border-radius: 6px; background: var(--bg); color: var(--text);
}
button, .suggestions button {
  font: inherit; font-weight: 600; padding: 8px 16px; border: 1px solid var(--accent); border-radius: 6px;
  background: var(--accent); color: var(--accent-text); cursor: pointer;
}
.answer { margin: 14px 0 4px; padding: 14px 18px; background: var(--bg); border-left: 4px solid var(--accent); border-radius: 4px; max-width: 820px; }
.answer h2 { font-size: 1.05rem; margin: 0 0 8px; padding: 0; border: 0; }
.answer ul { padding-left: 20px; margin: 8px 0; }
.answer .suggestions { display: flex; flex-wrap: wrap; gap: 8px; padding: 0; list-style: none; }
.answer .suggestions button { background: transparent; color: var(--accent); padding: 4px 10px; font-weight: 500; }
main { padding: 8px 20px 48px; }
h1 { font-size: 2.1rem; line-height: 1.2; margin: 24px 0 8px; }
h2 { font-size: 1.45rem; margin: 40px 0 12px; padding-top: 8px; border-top: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 0 0 4px; }
.subtitle { color: var(--muted); font-weight: 400; font-size: 0.75em; }
.lead-text { font-size: 1.1rem; max-width: 70ch; }
.meta { display: block; color: var(--muted); font-size: 0.85rem; font-weight: 400; }
.facts { display: flex; flex-wrap: wrap; gap: 12px; margin: 20px 0 8px; padding: 0; }
.facts div { background: var(--surface); border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 120px; }
.facts dt { color: var(--muted); font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; }
.facts dd { margin: 0; font-size: 1.6rem; font-weight: 700; }
.facts.small dd { font-size: 1rem; font-weight: 600; }
.facts div:has(a) dd { font-size: 1rem; font-weight: 400; }
.facts dd a { font-weight: 700; }
.kinds { color: var(--muted); }
.order { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px; margin-bottom: 10px; }
.order ul { display: flex; gap: 6px; list-style: none; margin: 0; padding: 0; }
.order a { display: inline-block; padding: 3px 12px; border: 1px solid var(--line); border-radius: 999px; text-decoration: none; }
.order a[aria-current="page"] { background: var(--accent); color: var(--accent-text); border-color: var(--accent); font-weight: 600; }
.matrix-scroll { position: relative; overflow-x: auto; background: var(--surface); border: 1px solid var(--line); border-radius: 8px; }
.matrix { border-collapse: separate; border-spacing: 0; width: 100%; font-size: 0.95rem; }
.matrix caption { caption-side: bottom; text-align: left; padding: 10px 12px; color: var(--muted); font-size: 0.85rem; }
.matrix th, .matrix td { border-bottom: 1px solid var(--line); padding: 0; }
.matrix thead th { position: sticky; top: 0; background: var(--surface); padding: 10px 4px; font-size: 0.9rem; }
.matrix thead th:first-child { text-align: left; padding-left: 12px; }
.matrix th[scope="row"] {
  position: sticky; left: 0; z-index: 1; background: var(--surface); text-align: left;
  padding: 6px 12px; width: 15rem; border-right: 1px solid var(--line);
}
.matrix th[scope="row"] a { font-weight: 700; }
.matrix tbody tr:hover td, .matrix tbody tr:hover th[scope="row"] { background: var(--row); }
.matrix td { text-align: center; min-width: 3.2rem; }
.matrix td a { display: flex; align-items: center; justify-content: center; min-height: 44px; text-decoration: none; }
.matrix tr.group th { text-align: left; padding: 14px 12px 6px; background: var(--bg); font-size: 0.95rem; position: static; }
.matrix tr.group .meta { display: inline; }
.mark { display: inline-block; vertical-align: middle; }
.mark.lead { background: var(--lead); color: var(--accent-text); font-size: 0.72rem; font-weight: 700; padding: 2px 6px; border-radius: 4px; letter-spacing: 0.02em; }
.mark.in { width: 12px; height: 12px; border-radius: 50%; background: var(--in); }
.badge { display: inline-block; font-size: 0.7rem; font-weight: 600; border: 1px solid var(--muted); color: var(--muted); border-radius: 4px; padding: 0 4px; margin-left: 4px; vertical-align: 2px; }
.map-layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(220px, 2fr); gap: 24px; align-items: start; }
figure { margin: 0; }
figcaption { color: var(--muted); font-size: 0.85rem; margin-top: 6px; }
.map { width: 100%; height: auto; display: block; border: 1px solid var(--line); border-radius: 8px; }
.map .sea { fill: var(--sea); }
.map .land { fill: var(--land); stroke: var(--surface); stroke-width: 0.5; }
.map .partner-land { fill: var(--partner-land); stroke: var(--surface); stroke-width: 0.8; }
.map .marker { fill: var(--marker); stroke: var(--surface); stroke-width: 2; }
.map .count { fill: var(--accent-text); font: 700 12px system-ui, "DejaVu Sans", sans-serif; }
.map .place { fill: var(--text); font: 600 13px system-ui, "DejaVu Sans", sans-serif; paint-order: stroke; stroke: var(--sea); stroke-width: 3px; stroke-linejoin: round; }
.places { list-style: none; margin: 0; padding: 0; columns: 2 200px; column-gap: 20px; }
.places li { break-inside: avoid; margin-bottom: 10px; }
.places .meta { display: inline; }
.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 14px; }
.card { background: var(--surface); border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; }
.card p { margin: 4px 0; }
.partner-list { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 6px 20px; }
.partner-list li { padding: 6px 0; border-bottom: 1px solid var(--line); }
.partner-list a { text-decoration: none; }
.back { margin: 16px 0 0; }
.chip { display: inline-block; padding: 1px 8px; border: 1px solid var(--accent); border-radius: 999px; font-size: 0.85rem; font-weight: 600; text-decoration: none; }
.roles, .members { list-style: none; padding: 0; }
.roles li { margin: 0 0 14px; }
.members > li { background: var(--surface); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; margin-bottom: 12px; }
.members > li:target, .roles li:target { outline: 3px solid var(--focus); }
.source { margin: 6px 0 0; padding: 6px 12px; border-left: 3px solid var(--line); color: var(--muted); font-style: italic; }
.source p { margin: 0; }
.site-footer { border-top: 1px solid var(--line); color: var(--muted); font-size: 0.85rem; padding: 16px 0 32px; }
@media (max-width: 720px) {
  .wrap, main { padding-left: 14px; padding-right: 14px; }
  h1 { font-size: 1.6rem; }
  .map-layout { grid-template-columns: 1fr; }
  .facts div { min-width: 0; flex: 1 1 40%; }
  .matrix td { min-width: 2.1rem; }
  .matrix thead th { font-size: 0.78rem; padding: 8px 1px; }
  .matrix th[scope="row"] { min-width: 0; width: 6.2rem; padding: 6px 6px 6px 8px; font-size: 0.85rem; overflow-wrap: anywhere; }
  .matrix th[scope="row"] .meta { font-size: 0.72rem; }
  .matrix .badge { display: block; width: max-content; margin: 2px 0 0; }
  .matrix .mark.lead { font-size: 0.62rem; padding: 2px 3px; }
}
`;
