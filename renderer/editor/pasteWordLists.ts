/**
 * Word puts a list on the clipboard as paragraphs, not as a list: each item is a `<p>` whose style
 * names its level (`mso-list:l0 level2 lfo1`), with the bullet or number written out as text inside
 * a conditional comment (`<![if !supportLists]>…<![endif]>`, spans styled `mso-list:Ignore`). Left
 * alone, the paste gives paragraphs starting "· ", "o " or "1. ". Before the styles are dropped, each
 * run of such paragraphs becomes a real list — numbered when its marker is a number or letter
 * followed by "." or ")" — nested by level.
 */
const LIST_STYLE = /mso-list\s*:\s*l\d+\s+level(\d+)/i;
const NUMBERED = /^\(?(?:\d+|[a-z]|[ivxlcdm]+)[.)]$/i;

interface Item {
  level: number;
  ordered: boolean;
  paragraph: Element;
}

function listLevel(element: Element | null): number | null {
  if (element === null || element.tagName !== 'P') return null;
  const found = LIST_STYLE.exec(element.getAttribute('style') ?? '');
  return found ? Math.max(1, Number(found[1])) : null;
}

/** Whether a node is, or is inside, a span Word marks as the list marker (`mso-list:Ignore`). */
function ignored(node: Node): boolean {
  for (let at: Node | null = node; at !== null; at = at.parentNode)
    if (at instanceof Element && /mso-list\s*:\s*ignore/i.test(at.getAttribute('style') ?? '')) return true;
  return false;
}

/** Takes the written-out bullet or number out of a Word list paragraph and returns it. */
function takeMarker(paragraph: Element): string {
  let marker = '';
  const doomed: Node[] = [];
  let inside = false;
  const walker = paragraph.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_ALL);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType === Node.COMMENT_NODE) {
      const comment = (node.nodeValue ?? '').trim().toLowerCase();
      if (comment.startsWith('[if !supportlists]')) inside = true;
      else if (comment.startsWith('[endif]')) inside = false;
      doomed.push(node);
    } else if (inside || ignored(node)) {
      if (node.nodeType === Node.TEXT_NODE) marker += node.nodeValue;
      doomed.push(node);
    }
  }
  for (const node of doomed) if (node.isConnected) node.parentNode?.removeChild(node);
  return marker.replace(/[\s\u00a0]+/g, ' ').trim();
}

export function wordListsToLists(document: Document): number {
  let made = 0;
  for (const start of [...document.querySelectorAll('p')]) {
    if (!start.isConnected || listLevel(start) === null) continue;
    // A run: the list paragraphs that follow one another.
    const items: Item[] = [];
    for (let at: Element | null = start; at !== null && listLevel(at) !== null; at = at.nextElementSibling) {
      items.push({ level: listLevel(at)!, ordered: false, paragraph: at });
    }
    for (const item of items) item.ordered = NUMBERED.test(takeMarker(item.paragraph));
    const lowest = Math.min(...items.map((item) => item.level));
    const stack: Array<{ list: Element; level: number }> = [];
    // The lists at the top of the run: one, unless an item comes back above where the run began.
    const tops: Element[] = [];
    for (const item of items) {
      const li = document.createElement('li');
      li.append(...item.paragraph.childNodes);
      const level = item.level - lowest + 1;
      while (stack.length > 0 && stack.at(-1)!.level > level) stack.pop();
      const top = stack.at(-1);
      if (top === undefined || top.level < level) {
        const list = document.createElement(item.ordered ? 'ol' : 'ul');
        if (top === undefined) tops.push(list);
        else (top.list.lastElementChild ?? top.list.appendChild(document.createElement('li'))).append(list);
        stack.push({ list, level });
      }
      stack.at(-1)!.list.append(li);
    }
    start.before(...tops);
    for (const item of items) item.paragraph.remove();
    made += 1;
  }
  return made;
}
