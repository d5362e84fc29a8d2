/**
 * The text of one WordprocessingML part (document body, header, footer, footnotes, comments), as a
 * person reading the document would see it, plus text deleted under tracked changes: deleted text is
 * still in the file that was shared, and a person can show it again with one click.
 *
 * A tag-level scan rather than a DOM: Office XML is machine-written, this is linear in the size of the
 * part, and it needs only the handful of elements below. Paragraphs and table rows end lines, table
 * cells are separated by tabs (so a label and its value stay on one line, as context for the
 * recognizers), and the fallback copy in `mc:AlternateContent` is skipped so text boxes appear once.
 */
// Attributes may not contain `<`, so a failed match stops at the next `<`: linear even on broken XML.
const TOKEN = /<(\/?)([\w.-]+:)?([\w.-]+)[^<>]*?(\/?)>|([^<]+)/g;

export function wordXmlToText(xml: string): string {
  // Pieces rather than one growing string, so a cell or row end can drop the separator before it.
  const out: string[] = [];
  const dropLast = (piece: string): void => {
    if (out[out.length - 1] === piece) out.pop();
  };
  let inText = false;
  let fallbackDepth = 0;
  // <w:tab/> inside <w:tabs> (paragraph properties) defines a tab stop; only one in a run is a tab.
  let inTabStops = false;

  for (const match of xml.matchAll(TOKEN)) {
    const [, closing, prefix = '', name, selfClosing, characters] = match;
    if (characters !== undefined) {
      if (inText && fallbackDepth === 0) out.push(decodeXmlEntities(characters));
      continue;
    }
    const tag = prefix + name;
    if (tag === 'mc:Fallback') {
      if (selfClosing) continue;
      fallbackDepth += closing ? -1 : 1;
      continue;
    }
    if (fallbackDepth > 0) continue;

    if (tag === 'w:t' || tag === 'w:delText') {
      inText = !closing && !selfClosing;
    } else if (tag === 'w:tabs') {
      inTabStops = !closing && !selfClosing;
    } else if (closing) {
      if (tag === 'w:p') {
        out.push('\n');
      } else if (tag === 'w:tc') {
        dropLast('\n');
        out.push('\t');
      } else if (tag === 'w:tr') {
        dropLast('\t');
        out.push('\n');
      }
    } else if ((tag === 'w:tab' && !inTabStops) || tag === 'w:ptab') {
      out.push('\t');
    } else if (tag === 'w:br' || tag === 'w:cr') {
      out.push('\n');
    } else if (tag === 'w:noBreakHyphen') {
      out.push('-');
    }
  }
  return out.join('');
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED[body] ?? entity;
  });
}
