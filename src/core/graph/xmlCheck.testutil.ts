/** A tiny well-formedness check for generated SVG: tags balance and no raw `<`/`&` in text. */
export function XMLValidator(xml: string): boolean {
  const stack: string[] = [];
  const re = /<(\/?)([a-zA-Z][\w:-]*)([^>]*?)(\/?)>|&(?!(amp|lt|gt|quot|#39);)/g;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(xml))) {
    if (xml.slice(last, m.index).includes('<')) return false;
    last = re.lastIndex;
    if (m[0].startsWith('&')) return false;
    const [, closing, name, , selfClosing] = m;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  return stack.length === 0;
}
