/** English UI strings. Names marked (a11y) are part of the product (NEWSROOM.md): keep them stable. */
export const en = {
  'app.name': 'Redaksi',
  'nav.label': 'Main',
  'nav.articles': 'Articles', // (a11y)
  'nav.settings': 'Settings', // (a11y)

  'list.new': 'New article', // (a11y)
  'list.search': 'Search articles', // (a11y)
  'list.status.all': 'All statuses',
  'list.rubric.all': 'All rubrics',
  'list.filterStatus': 'Filter by status',
  'list.filterRubric': 'Filter by rubric',
  'list.empty': 'No articles yet. Press “New article” to start one.',
  'list.noMatch': 'No article matches this search.',
  'list.untitled': 'Untitled article',
  'list.changed': 'Changed {when}',
  'list.count': '{n} articles',
  'list.count.one': '1 article',

  'status.draft': 'Draft',
  'status.ready': 'Ready',
  'status.published': 'Published',

  'field.rubric': 'Rubric', // (a11y)
  'field.headline': 'Headline', // (a11y)
  'field.lead': 'Lead', // (a11y)
  'field.writers': 'Writers', // (a11y)
  'field.writers.hint': 'Separate names with commas',
  'field.editor': 'Editor', // (a11y)
  'field.dateline': 'Dateline', // (a11y)
  'field.datelinePlace': 'Place',
  'field.tags': 'Tags', // (a11y)
  'field.tags.hint': 'Separate tags with commas',
  'field.slug': 'Slug', // (a11y)
  'field.slug.fromHeadline': 'Use headline',
  'field.status': 'Status', // (a11y)

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
  'link.invalid': 'Use an address starting with http://, https:// or mailto:.',

  'save.saved': 'Saved',
  'save.saving': 'Saving…',
  'save.unsaved': 'Unsaved changes',
  'save.failed': 'Not saved: {message}',
  'save.reload': 'Reload article',
  'words.count': '{n} words',
  'words.one': '1 word',
  'article.back': 'All articles',
  'article.loading': 'Opening the article…',

  'settings.title': 'Settings',
  'settings.language': 'Language',
  'settings.publication': 'Publication',
  'settings.publication.name': 'Publication name',
  'settings.publication.language': 'Publication language',
  'settings.publication.datelinePrefix': 'Dateline prefix',
  'settings.publication.baseUrl': 'Base URL',
  'settings.publication.copyright': 'Copyright line',
  'settings.publication.accent': 'Accent colour',
  'settings.saved': 'Settings saved',
  'language.en': 'English',
  'language.id': 'Bahasa Indonesia',

  'export.open': 'Export', // (a11y)
  'export.dialog': 'Export the article',
  'export.checking': 'Checking the article…',
  'export.errors': 'Fix these before exporting:',
  'export.warnings': 'Check these warnings:',
  'export.acceptWarnings': 'I have checked the warnings; export anyway',
  'export.ready': 'Ready to export: no problems found.',
  'export.folder': 'Export folder',
  'export.zip': 'Also write a .zip of the package',
  'export.run': 'Export package', // (a11y)
  'export.running': 'Exporting…',
  'export.done': 'Package written to {folder}',
  'export.doneZip': 'Zip written to {file}',
  'export.close': 'Close',
  'export.download': 'Download the zip',
  'toolbar.pageBreak': 'Insert page break', // (a11y)
  'toolbar.autoSplit': 'Auto-split',
  'toolbar.previewPage': 'Preview page',
  'pages.indicator': 'Page {x} of {y}', // (a11y)
  'pages.navigator': 'Pages',
  'pages.option': 'Page {n} — {words} words',
  'pages.pageWords': '{n} words on this page',
  'pages.shortHint': 'Short page: under 100 words',
  'pages.break.label': 'Page break: page {n} starts here',
  'pages.break.pending': 'Page break',
  'pages.break.page': 'Page {n}',
  'pages.refused.noCaret': 'Put the caret where the new page should begin, then insert the page break.',
  'pages.refused.quoteOrList':
    'A page break can’t go inside a quote or a list. Put the caret in a paragraph before or after it.',
  'pages.refused.atStart': 'A page break can’t go at the start of the article: page 1 would be empty.',
  'pages.refused.atEnd':
    'A page break can’t go at the end of the article: the last page would be empty. Write the next page first.',
  'pages.refused.inARow': 'A page break can’t go here: the page between the two breaks would be empty.',
  'pages.removed': 'A page break was taken out. {reason}',
  'pages.removedEmpty': 'A page break was taken out because its page had become empty.',
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
  'autoSplit.list': 'Proposed pages',
  'autoSplit.page': 'Page {n}: {words} words, from “{start}”',
  'autoSplit.marker': 'Page {n} starts here (proposed)',
  'autoSplit.accept': 'Accept',
  'autoSplit.dismiss': 'Dismiss',
  'autoSplit.close': 'Close',
  'preview.dialog': 'Page preview',
  'preview.previous': 'Previous page',
  'preview.next': 'Next page',
  'preview.goTo': 'Show page {n}',
  'preview.close': 'Close preview',
  'preview.notShown': 'Not shown in the preview:',
  'notice.dismiss': 'Dismiss',
  'error.generic': 'Something went wrong: {message}',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
