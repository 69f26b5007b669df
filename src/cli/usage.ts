/** Help text per command; the first line of each is the usage line printed on a usage error. */
export const USAGE = {
  main: `Usage: eucanbot <command> [options]

Answers questions about a research consortium from its partner dataset.

Commands:
  ask [QUESTION]     Answer one question, or one per line from stdin
  chat               Interactive terminal chat
  validate [FILE]    Check a dataset file and say exactly what is wrong
  draft DESCRIPTION  Draft a dataset from a consortium's description, to review
  start              The server when Slack or Teams is configured, else the terminal chat
  serve              Start the HTTP server for Slack and Teams (always)
  report             What people asked: refused, unsure and disliked answers, suggestions
  log erase          Erase the question log, or its entries before a date
  manifest PLATFORM  Print the Slack or Teams app manifest made from the dataset
  directory --out DIR  Write the consortium directory (matrix, map, pages) as static files

Options for every command:
  --data FILE        Dataset to use, before or after the command (default: EUCANBOT_DATA,
                     then the dataset shipped with eucanbot); not for draft
  -h, --help         Show help for the command
  -v, --version      Show the version

Run "eucanbot <command> --help" for a command's own options.`,
  ask: `Usage: eucanbot ask [QUESTION] [--json] [--conversation] [--data FILE]

Prints the answer to QUESTION. Without QUESTION, reads questions from stdin, one per line,
and prints one answer per line (one JSON object per line with --json), in one process.
A question that cannot be answered gets one line on stderr, the others are still answered,
and the exit code is then 1.

Options:
  --json             Print the Answer as JSON
  --conversation     Read stdin as conversations: one question a line, a blank line between
                     conversations; each question follows up the one before ("and who else?"),
                     and a blank line separates the conversations' answers
  --data FILE        Dataset to use`,
  chat: `Usage: eucanbot chat [--data FILE]

Interactive chat in the terminal. Type a question; "more" for all of the last answer; "help" for
examples; "quit" or Ctrl-D to leave. The chat is one conversation: a follow-up such as "and who
else?" or "the second one?" reads the answer before, until CONVERSATION_TTL_MINUTES (default 30)
of silence.`,
  validate: `Usage: eucanbot validate [FILE] [--source TEXT_FILE] [--fix-typography]

Validates a dataset (default: the one --data, EUCANBOT_DATA or the shipped dataset names).
Exits 0 when valid; otherwise prints every problem with its JSON path and exits 1.
Every quoted sentence is checked against the source document: --source, or else the file
that consortium.sourceDocument names, beside the dataset.

Options:
  --source FILE      The document the quotes come from
  --fix-typography   Rewrite quotes that differ from the document only in quotes, dashes or
                     spacing to the document's characters (the file is edited in place)`,

  draft: `Usage: eucanbot draft DESCRIPTION [--out FILE] [--force]

Reads a consortium's description (plain text or Markdown: partner headings such as
"FULL NAME (ACRONYM), Country" or "## Name (ACRONYM)" with a "Country: …" line, partner and
work-package tables, "WP4: Title (lead: ACRONYM)" lines) and prints a draft dataset.
Every field it guessed or could not fill is marked with a "todo" in the draft and listed on
stderr; "eucanbot validate" reports them until you delete the marks.

Options:
  --out FILE         Write the draft to FILE instead of stdout (never over an existing file)
  --force            With --out, replace FILE if it exists`,
  start: `Usage: eucanbot start [--data FILE]

Starts eucanbot: the server (as "eucanbot serve") when Slack or Teams is configured in the
environment or .env, otherwise the terminal chat. The first line says which and why.`,
  serve: `Usage: eucanbot serve [--data FILE]

Starts the HTTP server on HOST:PORT (default 127.0.0.1:3978): POST /slack/events for Slack,
POST /api/messages for Teams, GET /healthz. Slack in Socket Mode needs no public URL.
Configuration comes from the environment and .env (see .env.example).
GET / serves the consortium directory; GET /api/answer?q=QUESTION returns the Answer as JSON.
SIGTERM or Ctrl-C stops accepting, finishes the replies in flight and exits 0.`,
  report: `Usage: eucanbot report [--since 30d] [--format text|markdown|json|csv] [--data FILE]

Reads the question log (the embedded file, or DATABASE_URL) for maintainers of the dataset:
questions refused, grouped by the words not understood, with counts and distinct askers;
low-confidence answers; answers with a thumbs-down and the comments given; the most asked
topics and partners; and suggestions for synonyms, from the bot's own matchers. Nothing is
written to the dataset: that stays your decision.

Options:
  --since WHEN       30d (default), 12h, 2w, or a date such as 2025-01-31
  --format FORMAT    text (default), markdown, json (every row) or csv (every row)
  --data FILE        The dataset the suggestions are read against`,
  log: `Usage: eucanbot log erase [--before DATE]

Erases the question log's questions and their feedback: all of them, or with --before only
those asked before DATE (2025-01-31, or an ISO instant). Deleted rows are overwritten in the
embedded file. See README, "Privacy".

Options:
  --before DATE      Erase only the entries before this date`,
  manifest: `Usage: eucanbot manifest slack|teams [--out FILE] [--url URL | --socket] [--data FILE]

Prints the app manifest made from the dataset (the consortium's name and description, example
questions with its own work packages, partners, countries and topics) and the configuration
(BOT_NAME, SLACK_COMMAND; TEAMS_APP_ID for Teams), from the environment or .env.

  slack              YAML to paste at https://api.slack.com/apps ("From an app manifest")
  teams              manifest.json; "npm run teams:package" zips it with the icons

Options:
  --out FILE         Write the manifest to FILE (replacing it) instead of stdout
  --url URL          Slack, HTTP mode: the public HTTPS address that forwards to /slack/events
  --socket           Slack: Socket Mode, no public URL needed
  --data FILE        Dataset to use`,
  directory: `Usage: eucanbot directory --out DIR [--data FILE]

Writes the consortium directory as static files in DIR, for an intranet or any static host:
index.html (the consortium in brief, the work-package matrix, a map of the partners'
countries), by-country.html and by-kind.html (the matrix in those orders), a page per partner
and per work package, and assets/. The same pages "eucanbot serve" shows at /, without the
search box, which needs the server. Files of the same names in DIR are replaced.

Options:
  --out DIR          The folder to write (created if missing)
  --data FILE        Dataset to use`,
} as const;

/** A command name eucanbot knows. */
export type CommandName = Exclude<keyof typeof USAGE, 'main'>;

/** The first line of a usage text. */
export function usageLine(command: keyof typeof USAGE): string {
  return USAGE[command].split('\n')[0] ?? '';
}
