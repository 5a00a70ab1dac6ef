export const USAGE = 'usage: linuxkit-studio validate [--json] FILE...';

export const HELP = `${USAGE}

Checks LinuxKit YAML configs the way \`linuxkit build\` would read them, and
reports mistakes it would accept but that are almost certainly wrong.

Commands:
  validate FILE...   check each FILE; - reads standard input

Options:
  --json             print one JSON array on standard output (see below)
  --merge            check the FILEs as ONE build, merged in the order given as
                     \`linuxkit build FILE...\` merges them: kernel fields of a later
                     file override, other sections append, volumes are looked up
                     in the last file only, uid/gid names in every file; each
                     problem is reported under the file that holds its text
  -h, --help         show this help
  -V, --version      print the version

Exit status:
  0  no file has an error (warnings and infos allowed)
  1  at least one file has an error
  2  usage problem (no files, unknown option or command), or a file could
     not be read (missing, a directory, unchecked) or checked (internal
     error); other files are still checked and reported

Output:
  Default: one block per problem, like a compiler:
    FILE:LINE:COL: error[CODE]: MESSAGE
  followed by the source line with the range underlined, then a summary.
  Colour is used only when standard output is a terminal and NO_COLOR is unset.

  --json: one array with an entry per FILE, in the order given:
    [{"file": "config.yml", "valid": false,
      "diagnostics": [{"severity": "error" | "warning" | "info", "code": "...",
                       "message": "...", "line": 1, "column": 1,
                       "endLine": 1, "endColumn": 9}]}]
  Lines and columns are 1-based; the end is exclusive. Standard input is
  named "-". A file that cannot be read has "valid": false, no diagnostics,
  and an "error" object: {"code": "ENOENT", "message": "cannot read: no such file"}
  (code EINTERNAL: the file was read but the checker failed; please report it).
  Usage problems print a message on standard error and nothing on standard output.
`;
