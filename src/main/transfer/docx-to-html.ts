import mammoth from 'mammoth';
import { ImportError } from '../../core/import/import-error';

/** A Word document as HTML, with what mammoth could not carry over. */
export interface DocxHtml {
  html: string;
  warnings: string[];
}

/**
 * Converts a .docx file to HTML with mammoth (headings, lists, emphasis, links);
 * a file that is not a Word document is refused with a plain message.
 */
export async function docxToHtml(bytes: Buffer): Promise<DocxHtml> {
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50)
    throw new ImportError(
      'This is not a Word (.docx) file. Save it from Word as .docx and try again.',
    );
  try {
    const result = await mammoth.convertToHtml({ buffer: bytes });
    const warnings = result.messages
      .filter((message) => message.type === 'warning')
      .map((message) => `Word: ${message.message}`);
    return { html: result.value, warnings: [...new Set(warnings)] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError(
      `The Word file could not be read (it may be damaged or truncated): ${reason}`,
    );
  }
}
