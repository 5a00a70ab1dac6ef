/** Every diagnostic code of DESIGN.md, with the severity it always has. */
export const DIAGNOSTIC_SEVERITY = {
  // errors: `linuxkit build` would reject the file
  'yaml-syntax': 'error',
  'empty-config': 'error',
  'duplicate-key': 'error',
  'resource-limit': 'error',
  'unknown-field': 'error',
  'missing-field': 'error',
  'wrong-type': 'error',
  'invalid-value': 'error',
  'duplicate-service-name': 'error',
  'duplicate-volume-name': 'error',
  'invalid-volume-name': 'error',
  'unknown-volume': 'error',
  'readonly-volume-mounted-rw': 'error',
  'bind-syntax': 'error',
  'tmpfs-syntax': 'error',
  'invalid-image-reference': 'error',
  'unknown-capability': 'error',
  'invalid-rlimit': 'error',
  'unknown-id': 'error',
  'invalid-mount': 'error',
  'file-without-path': 'error',
  'file-without-contents': 'error',
  'conflicting-file-fields': 'error',
  'invalid-mode': 'error',
  'invalid-platform': 'error',
  // warnings: accepted by LinuxKit, but almost certainly a mistake
  'unused-volume': 'warning',
  'volume-never-written': 'warning',
  'duplicate-mount-destination': 'warning',
  'duplicate-container-name': 'warning',
  'binds-replace-image-defaults': 'warning',
  'oci-format-without-image': 'warning',
  'ignored-add': 'warning',
  'ignored-field': 'warning',
  'platforms-without-oci': 'warning',
  'file-hidden-at-boot': 'warning',
  'duplicate-file-path': 'warning',
  'extra-document': 'warning',
  'template-replaced': 'warning',
  'namespace-path': 'warning',
  'runtime-namespace-ignored': 'warning',
  'veth-without-peer': 'warning',
  'interface-without-name': 'warning',
  'unpinned-image': 'info',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_SEVERITY;
export type Severity = 'error' | 'warning' | 'info';

export const DIAGNOSTIC_CODES = Object.keys(DIAGNOSTIC_SEVERITY) as DiagnosticCode[];

export function severityOf(code: DiagnosticCode): Severity {
  return DIAGNOSTIC_SEVERITY[code];
}
