/** In a build of several files: which file holds the element's text (a tag on the node's top edge). */
export function FileTag({ file }: { file: unknown }) {
  if (typeof file !== 'string') return null;
  return (
    <span className="node-file-tag" data-testid="node-file" title={`Written in ${file}`}>
      {file}
    </span>
  );
}
