/**
 * Writing the output can fail: a closed pipe (`| head`, EPIPE), a full disk (ENOSPC), a
 * vanished terminal (EIO). The run then ends with exit 2 and one line on whichever stream
 * still works, never a stack trace, and never exit 0 or 1 for an answer nobody could read.
 */
const EXIT_OUTPUT_FAILED = 2;

const REASONS: Record<string, string> = {
  EPIPE: 'the reader closed the pipe',
  ENOSPC: 'no space left on the device',
  EIO: 'input/output error',
  EDQUOT: 'disk quota exceeded',
};

type Stream = NodeJS.WriteStream;

/** Installs the handlers on standard output and standard error. */
export function guardOutput(stdout: Stream = process.stdout, stderr: Stream = process.stderr, exit: (code: number) => void = (c) => process.exit(c)): void {
  let failed = false;
  const onError = (name: string, other: Stream) => (e: NodeJS.ErrnoException) => {
    if (failed) return;
    failed = true;
    const code = typeof e.code === 'string' ? e.code : 'EIO';
    try {
      other.write(`linuxkit-studio: cannot write to ${name}: ${REASONS[code] ?? code} (${code})\n`);
    } catch {
      // that stream is gone too: the exit code is all that is left
    }
    exit(EXIT_OUTPUT_FAILED);
  };
  stdout.on('error', onError('standard output', stderr));
  stderr.on('error', onError('standard error', stdout));
}
