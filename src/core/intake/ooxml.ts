// The package of a Word document: a zip (fflate) of XML parts (xmldom).
// Elements are matched by local name in the WordprocessingML namespace,
// transitional or strict, so that prefixes never matter.
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { InputError, problem } from '../problem.js';
import { isOldOffice, oldOffice } from './office-file.js';

const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

export type Parts = Map<string, Uint8Array>;

export function readPackage(bytes: Uint8Array, file: string): Parts {
  // A .doc from Word 97–2003 is an OLE file, not a zip.
  if (isOldOffice(bytes)) throw oldOffice(file);
  try {
    const parts = unzipSync(bytes, { filter: (f) => f.name.endsWith('.xml') || f.name.endsWith('.rels') });
    return new Map(Object.entries(parts));
  } catch (error) {
    throw new InputError(problem(`not a Word document (.docx): ${(error as Error).message}`, { file, rule: 'docx' }));
  }
}

export function parsePart(parts: Parts, name: string, file: string): Element | undefined {
  const bytes = parts.get(name);
  if (!bytes) return undefined;
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(strFromU8(bytes), 'text/xml');
  if (errors.length > 0 || !document.documentElement) {
    throw new InputError(problem(`${name} in the document is not well-formed XML: ${errors[0] ?? 'no root element'}`, { file, rule: 'docx' }));
  }
  return document.documentElement;
}

export function isWord(node: Node | null | undefined, localName?: string): node is Element {
  if (!node || node.nodeType !== 1) return false;
  const element = node as Element;
  return WORD_NAMESPACES.has(element.namespaceURI ?? '') && (localName === undefined || element.localName === localName);
}

export function children(element: Element | undefined, localName: string): Element[] {
  const out: Element[] = [];
  if (!element) return out;
  for (let node = element.firstChild; node; node = node.nextSibling) if (isWord(node, localName)) out.push(node);
  return out;
}

export function child(element: Element | undefined, localName: string): Element | undefined {
  if (!element) return undefined;
  for (let node = element.firstChild; node; node = node.nextSibling) if (isWord(node, localName)) return node;
  return undefined;
}

/** A w:-attribute (w:val …), read whatever the prefix. */
export function attribute(element: Element | undefined, name: string): string | undefined {
  if (!element) return undefined;
  for (const namespace of WORD_NAMESPACES) {
    if (element.hasAttributeNS(namespace, name)) return element.getAttributeNS(namespace, name) ?? undefined;
  }
  return element.hasAttribute(name) ? element.getAttribute(name) ?? undefined : undefined;
}

export function numberAttribute(element: Element | undefined, name: string): number | undefined {
  const value = attribute(element, name);
  if (value === undefined) return undefined;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}

/** An on/off property (w:vanish, w:isLgl …): present and not switched off. */
export function isOn(element: Element | undefined): boolean {
  if (!element) return false;
  const value = attribute(element, 'val');
  return value === undefined || !/^(0|false|off)$/iu.test(value);
}
