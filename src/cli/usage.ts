/** Help text per command; the first line of each is the usage line printed on a usage error. */
export const USAGE = {
  main: `Usage: eucanbot <command> [options]

Answers questions about a research consortium from its partner dataset.

Commands:
  ask [QUESTION]     Answer one question, or one per line from stdin
  chat               Interactive terminal chat
  validate [FILE]    Check a dataset file and say exactly what is wrong
  start              Start eucanbot (the terminal chat until a chat platform is configured)

Options for every command:
  --data FILE        Dataset to use (default: EUCANBOT_DATA, then the shipped EuCanImage dataset)
  -h, --help         Show help for the command
  -v, --version      Show the version

Run "eucanbot <command> --help" for a command's own options.`,
  ask: `Usage: eucanbot ask [QUESTION] [--json] [--data FILE]

Prints the answer to QUESTION. Without QUESTION, reads questions from stdin, one per line,
and prints one answer per line (one JSON object per line with --json), in one process.

Options:
  --json             Print the Answer as JSON
  --data FILE        Dataset to use`,
  chat: `Usage: eucanbot chat [--data FILE]

Interactive chat in the terminal. Type a question; "help" for examples; "quit" or Ctrl-D to leave.`,
  validate: `Usage: eucanbot validate [FILE] [--source TEXT_FILE]

Validates a dataset (default: the one --data, EUCANBOT_DATA or the shipped dataset names).
Exits 0 when valid; otherwise prints every problem with its JSON path and exits 1.

Options:
  --source FILE      Also check that every quoted sentence appears verbatim in this document`,
  start: `Usage: eucanbot start [--data FILE]

Starts eucanbot. Until a chat platform is configured this opens the terminal chat.`,
} as const;

/** A command name eucanbot knows. */
export type CommandName = Exclude<keyof typeof USAGE, 'main'>;

/** The first line of a usage text. */
export function usageLine(command: keyof typeof USAGE): string {
  return USAGE[command].split('\n')[0] ?? '';
}
