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
  'notice.dismiss': 'Dismiss',
  'error.generic': 'Something went wrong: {message}',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
