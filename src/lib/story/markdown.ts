import type { Element, Root as HastRoot } from 'hast';
import type { Root, RootContent } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/** Parses Markdown into a syntax tree with a position on every node. */
export function parseMarkdown(text: string): Root {
  return unified().use(remarkParse).parse(text);
}

/** Marks links to other sites so the reader's browser sends them no referrer. */
function noReferrer() {
  return (tree: HastRoot) => {
    const visit = (node: HastRoot | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const href = child.properties['href'];
        if (child.tagName === 'a' && typeof href === 'string' && /^https?:/i.test(href)) {
          child.properties['rel'] = ['noopener', 'noreferrer'];
        }
        visit(child);
      }
    };
    visit(tree);
  };
}

const toHtml = unified().use(remarkRehype).use(rehypeSanitize).use(noReferrer).use(rehypeStringify);

/**
 * Renders prose to HTML with nothing executable left in it: raw HTML is dropped and what
 * remains passes GitHub's sanitising schema.
 */
export function toSafeHtml(nodes: readonly RootContent[]): string {
  const root: Root = { type: 'root', children: [...nodes] };
  return toHtml.stringify(toHtml.runSync(root)).trim();
}

/** Where a node was written, 1-based. */
export interface NodeAt {
  line: number;
  column: number;
  message: string;
}

const SAFE_LINK = /^(https?:|mailto:|#)/i;

/**
 * Prose a story may not contain, each with the reason: raw HTML, images (they would fetch from
 * wherever they point) and links to anything but web pages, mail or anchors.
 */
export function unsafeProse(nodes: readonly RootContent[]): NodeAt[] {
  const found: NodeAt[] = [];
  const at = (node: RootContent, message: string) =>
    found.push({
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      message,
    });
  const walk = (node: RootContent) => {
    if (node.type === 'html') {
      at(node, 'Raw HTML is not allowed in a story and would be dropped; write it in Markdown.');
    } else if (node.type === 'image' || node.type === 'imageReference') {
      at(node, 'Images are not supported in a story yet; describe the scene in words.');
    } else if (node.type === 'link' && !SAFE_LINK.test(node.url)) {
      at(
        node,
        `The link '${node.url}' is not allowed; links must start with https://, http://, mailto: or #.`,
      );
    }
    if ('children' in node) node.children.forEach((child) => walk(child as RootContent));
  };
  nodes.forEach(walk);
  return found;
}

/** The plain text of a node, e.g. a heading's words without their emphasis marks. */
export function plainText(node: RootContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) {
    return node.children.map((child) => plainText(child as RootContent)).join('');
  }
  return '';
}
