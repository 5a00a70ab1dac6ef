import { EXIT, type Command } from '../command.ts';
import { formatRuntimeHuman } from '../format/runtimeHuman.ts';
import { runtimeReport, type RuntimeFileReport } from '../format/runtimeJson.ts';
import { loadConfig } from '../loadConfig.ts';
import { makeStyle, wantsColour } from '../style.ts';

export const runtimeCommand: Command = {
  name: 'runtime',
  options: [{ flag: '--json', key: 'json' }],
  operands: { min: 1, max: Infinity, missing: 'no files to show (use - for standard input)' },
  usage: ['runtime [--json] FILE...'],
  help: `runtime [--json] FILE...
  Prints what LinuxKit will run for each container, as its ConfigToOCI makes
  the OCI config: args, env, cwd, uid/gid (names numbered as the build does),
  capabilities, read-only root, namespaces and the mounts (LinuxKit's five,
  tmpfs, binds, mounts; one per destination, sorted), each value with its
  origin: "linuxkit" (its default), "image" (the org.mobyproject.config label,
  known for LinuxKit's packages; other images are "imageConfig": "assumed-none")
  or "config" (the file). Volume sources read /containers/volumes/NAME/merged.
  --json             [{"file", "containers": [{"section", "name", "image",
                     "imageConfig", "args", "env", "cwd", "uid", "gid",
                     "additionalGids", "capabilities", "readonlyRootfs",
                     "namespaces", "mounts": [{"destination", "type", "source",
                     "options", "origin"}], "origins", "errors", ...}]}]
  Exit status: 0 shown; 1 the build would stop at some container ("errors");
  2 a file cannot be read or does not parse`,
  async run({ options, operands }, io) {
    const reports: RuntimeFileReport[] = [];
    for (const file of operands) {
      const loaded = await loadConfig(file, io);
      reports.push(loaded.ok ? runtimeReport(file, loaded.analysis) : { file, containers: [], error: { message: loaded.message } });
    }
    if (options.json) {
      io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
    } else {
      const { stdout, stderr } = formatRuntimeHuman(reports, makeStyle(wantsColour({ isTTY: io.stdoutIsTTY }, io.env)));
      io.stderr(stderr);
      io.stdout(stdout);
    }
    if (reports.some((r) => r.error)) return EXIT.usage;
    return reports.some((r) => r.containers.some((c) => c.errors.length > 0)) ? EXIT.invalid : EXIT.ok;
  },
};
