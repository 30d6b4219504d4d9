/**
 * English, the body editor: toolbar, links, insert menu, quotes, pages, auto-split and the page
 * preview. Names marked (a11y) are part of the product (NEWSROOM.md): keep them stable.
 */
export const editor = {
  'body.label': 'Article body', // (a11y)
  'body.placeholder': 'Write the story…',
  'toolbar.label': 'Formatting',
  'toolbar.bold': 'Bold',
  'toolbar.italic': 'Italic',
  'toolbar.underline': 'Underline',
  'toolbar.strikethrough': 'Strikethrough',
  'toolbar.link': 'Link',
  'toolbar.heading': 'Heading',
  'toolbar.quote': 'Quote',
  'toolbar.bulleted': 'Bulleted list',
  'toolbar.numbered': 'Numbered list',
  'toolbar.undo': 'Undo',
  'toolbar.redo': 'Redo',
  'link.dialog': 'Link',
  'link.url': 'Link address',
  'link.apply': 'Apply',
  'link.remove': 'Remove link',
  'link.cancel': 'Cancel',
  'link.acrossBlock':
    'A link goes on words in the text: the selection runs across a page break, photo or related link. Select the words on one side of it.',
  'link.needsWords': 'Select the words to link first: a page break, photo or related link cannot be a link.',
  'link.tooLong': 'That address is too long (2,000 characters at most).',
  'link.invalid':
    'Use a web address (kompas.id/berita), an email address, or a link inside the publication starting with /, ./, ../ or #.',
  'link.credentials':
    'Leave out the user name and password (the part before @): every reader of the article would see them.',
  'link.pastedCredentials':
    'Nothing was pasted: that address names a user name or password (the part before @), which every reader of the article would see. Paste it without them.',
  'link.wordsChanged':
    'The selected words changed while the link box was open, so nothing was linked: select them again and press Link (Ctrl+K).',

  'toolbar.pageBreak': 'Insert page break', // (a11y)
  'toolbar.autoSplit': 'Auto-split',
  'toolbar.previewPage': 'Preview page',
  'pages.indicator': 'Page {x} of {y}', // (a11y)
  'pages.navigator': 'Pages',
  'pages.option': 'Page {n} — {words} {words:word|words}',
  'pages.pageWords': '{n} words on this page',
  'pages.pageWords.one': '1 word on this page',
  'pages.shortHint': 'Short page: under 100 words',
  'pages.firstShortHint': 'Page 1, above, is short: under 100 words',
  'pages.aboveEndsOnPhoto':
    'The page above ends with a photo: move this break below the text that goes with it',
  'pages.aboveEndsOnHeading': 'The page above ends with a heading: move this break above it',
  'pages.endsOnPhotoHint': 'This page ends with a photo',
  'pages.endsOnHeadingHint': 'This page ends with a heading',
  'pages.break.label': 'Page break: page {n} starts here',
  'blocks.selected': '{block}, selected. Delete removes it; Enter or typing writes after it.',
  'blocks.selectedMany': '{n} blocks selected. Delete removes them.',
  'blocks.emptyLine': 'an empty line',
  'pages.break.pending': 'Page break',
  'pages.break.page': 'Page {n}',
  'pages.refused.noCaret': 'Put the caret where the new page should begin, then insert the page break.',
  'pages.refused.quoteOrList':
    'A page break can’t go inside a quote or a list. Put the caret in a paragraph before or after it.',
  'pages.refused.listAcross':
    'A list can’t run across a page break: its numbering would start again on the next page. Make the list on one page, or delete the page break first.',
  'pages.refused.quoteAcross':
    'A quote can’t run across a page break: the quotation would be cut by the page. Make the quote on one page, or delete the page break first.',
  'pages.refused.atStart': 'A page break can’t go at the start of the article: page 1 would be empty.',
  'pages.refused.atEnd':
    'A page break can’t go at the end of the article: the last page would be empty. Write the next page first.',
  'pages.refused.inARow': 'A page break can’t go here: the page between the two breaks would be empty.',
  'pages.refused.headingOpens':
    'A page break can’t go here: this heading already opens its page, and a break at a heading goes above it, with the text under it.',
  'pages.refused.photoOpens':
    'A page break can’t go here: this photo already opens its page, and a break under a photo goes above it, with the text under it.',
  'pages.removed': 'A page break was taken out. {reason}',
  'pages.removedMany': '{n} page breaks were taken out. {reason}',
  'pages.leftOutOfPaste':
    '{n} page breaks inside the pasted lists, quotes or tables were left out: a page can’t end inside one.',
  'pages.leftOutOfPaste.one':
    'A page break inside the pasted list, quote or table was left out: a page can’t end inside one.',
  'pages.emptyHeld': 'Page {n} is empty. Write on it, or its page break goes when you leave the page.',
  'pages.removedEmpty': 'A page break was taken out because its page had become empty.',
  'pages.removedEmptyMany': '{n} page breaks were taken out because their pages had become empty.',
  'autoSplit.dialog': 'Auto-split',
  'autoSplit.by': 'Split by',
  'autoSplit.byPages': 'Number of pages',
  'autoSplit.byWords': 'Words per page',
  'autoSplit.pages': 'How many pages',
  'autoSplit.words': 'How many words per page',
  'autoSplit.propose': 'Propose breaks',
  'autoSplit.invalid': 'Enter a whole number, 1 or more.',
  'autoSplit.summary': '{pages} pages; the longest has {ratio}× the words of the shortest.',
  'autoSplit.single': 'The article stays one page: there is no place to break it.',
  'autoSplit.onePageAtTarget':
    'At {target} words per page, the article ({words} {words:word|words}) stays one page.',
  'autoSplit.onePageAsked': 'One page, as asked.',
  'autoSplit.takesOut': 'Accept takes out the article’s {n} page breaks.',
  'autoSplit.takesOut.one': 'Accept takes out the article’s page break.',
  'autoSplit.fewer':
    'That is as many as there are places to break ({asked} asked): breaks go only between blocks, never inside a quote or list, nor after a photo or heading.',
  'autoSplit.pageNoText': 'Page {n}: {words} {words:word|words}',
  'autoSplit.list': 'Proposed pages',
  'autoSplit.page': 'Page {n}: {words} {words:word|words}, from “{start}”',
  'autoSplit.pagePhotoFirst': 'Page {n}: {words} {words:word|words}, from a photo, then “{start}”',
  'autoSplit.marker': 'Page {n} starts here (proposed)',
  'autoSplit.accept': 'Accept',
  'autoSplit.dismiss': 'Dismiss',
  'autoSplit.close': 'Close',
  'preview.dialog': 'Page preview',
  'preview.previous': 'Previous page',
  'preview.next': 'Next page',
  'preview.goTo': 'Show page {n}',
  'preview.close': 'Close preview',
  'preview.unsaved': 'The latest changes could not be saved, so the preview shows the article as last saved.',
  'preview.elsewhere': 'Another article, opened from a link on this page',
  'preview.backHere': 'Back to this article',
  'preview.backShown': 'Back to this article: {where}',
  'preview.outside':
    'Not followed in the preview: {address} is outside the package (it opens from the published page).',
  'preview.whole': 'Whole article',
  'preview.frameWhole': 'The whole article as exported',
  'preview.frame': 'Page {n} as exported',
  'toolbar.insertPhoto': 'Insert photo', // (a11y)
  'toolbar.tagSource': 'Tag source', // (a11y)
  'quotes.hint': 'Quote without a source',
  'quotes.region': 'Quotes without a source',
  'quotes.more': 'and {n} more.',
  'quotes.summary': '{n} direct quotes have no source tag.',
  'quotes.summary.one': '1 direct quote has no source tag.',
  'quotes.show': 'Show',
  'toolbar.relatedLink': 'Insert related link', // (a11y)
  'insert.menu': 'Insert',
  'insert.heading': 'Heading',
  'insert.subheading': 'Subheading',
} as const;
