import amaStyle from '../../../resources/csl/american-medical-association.csl?raw';
import localeXml from '../../../resources/csl/locales-en-US.xml?raw';
import vancouverStyle from '../../../resources/csl/vancouver.csl?raw';
import { createCitationFormatter, type CitationFormatter } from '../../core/citations/formatter';
import type { CitationStyle } from '../../core/document/metadata';

const STYLE_XML: Record<CitationStyle, string> = { ama: amaStyle, vancouver: vancouverStyle };
const formatters = new Map<CitationStyle, CitationFormatter>();

/**
 * The CSL formatter for a style, built once per window: the styles ship with the
 * app (resources/csl), so formatting works offline and without a round trip.
 */
export function formatterFor(style: CitationStyle): CitationFormatter {
  let formatter = formatters.get(style);
  if (!formatter) {
    formatter = createCitationFormatter({ styleXml: STYLE_XML[style], localeXml });
    formatters.set(style, formatter);
  }
  return formatter;
}
