/** In a build of several files: which file holds the element's text (a tag at the end of the header's subtitle line; cut with an ellipsis, whole in its title). */
export function FileTag({ file }: { file: unknown }) {
  if (typeof file !== 'string') return null;
  return (
    <span className="node-file-tag" data-testid="node-file" title={`Written in ${file}`}>
      {file}
    </span>
  );
}
