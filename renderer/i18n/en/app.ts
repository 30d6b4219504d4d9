/**
 * English, the frame: navigation, saving and leaving, word counts, Settings. Names marked (a11y) are
 * part of the product (NEWSROOM.md): keep them stable.
 */
export const app = {
  'app.name': 'Redaksi',
  'nav.label': 'Main',
  'nav.articles': 'Articles', // (a11y)
  'nav.settings': 'Settings', // (a11y)

  'status.draft': 'Draft',
  'status.ready': 'Ready',
  'status.published': 'Published',

  'save.saved': 'Saved',
  'save.saving': 'Saving…',
  'save.unsaved': 'Unsaved changes',
  'paste.cut':
    '{field} holds {limit} characters: the paste was cut there. The whole text is still on the clipboard.',
  'paste.cut.unnamed':
    'This field holds {limit} characters: the paste was cut there. The whole text is still on the clipboard.',
  'save.failed': 'Not saved: {message}',
  'save.deletedElsewhere':
    'This article was deleted in another window or tab. Your text is still here: save it as a new article to keep it.',
  'save.asNew': 'Save as new article',
  'save.asNew.saving': 'Saving as a new article…',
  'save.asNew.failed': 'Not saved as a new article: {message}',
  'save.reload': 'Reload article',
  'save.reload.confirm':
    'Reload the stored version? What you typed here since the last save is replaced; copy what you want to keep first.',
  'save.reload.no': 'Keep my text',
  'save.reload.yes': 'Reload and lose my changes',
  'words.count': '{n} words',
  'words.count.one': '1 word',
  'characters.count': '{n} {n:character|characters}',
  'leave.closeTitle': 'Close without saving?',
  'leave.close': 'Close without saving',
  'leave.title': 'Leave without saving?',
  'leave.why': 'The latest changes to “{headline}” could not be saved: {reason}',
  'leave.noReason': 'the article stopped saving.',
  'leave.kept': 'They are still in the editor. If you leave now, they are lost.',
  'leave.stay': 'Stay with the article',
  'leave.deletedElsewhere': 'it was deleted in another window or tab.',
  'leave.asNew': 'Save as new article and leave',
  'leave.asNewClose': 'Save as new article and close',
  'leave.copy': 'Copy the text',
  'leave.copied':
    'The headline, lead and body are on the clipboard: paste them somewhere safe before you leave.',
  'leave.copyFailed': 'The text could not be copied: select it in the editor and copy it with Ctrl+C.',
  'leave.retry': 'Try saving again',
  'leave.trying': 'Trying to save again…',
  'leave.discard': 'Leave without saving',
  'settings.title': 'Settings',
  'settings.loading': 'Opening the settings…',
  'settings.language': 'Language',
  'settings.publication': 'Publication',
  'settings.publication.name': 'Publication name',
  'settings.publication.language': 'Publication language',
  'settings.publication.datelinePrefix': 'Dateline prefix',
  'settings.publication.baseUrl': 'Base URL',
  'settings.publication.baseUrlInvalid.notWeb':
    'The base URL must be a web address starting with https:// (or http://). It was not saved.',
  'settings.publication.baseUrlInvalid.missingColon':
    'The base URL is missing the colon after https (or http): it starts https:// (or http://). It was not saved.',
  'settings.publication.baseUrlInvalid.queryOrFragment':
    'The base URL is where the pages will be published: it cannot hold a ? or #. It was not saved.',
  'settings.publication.baseUrlInvalid.credentials':
    'The base URL cannot hold a user name or password (the part before @): it would be in every published page. It was not saved.',
  'settings.publication.baseUrlInvalid.server':
    'The base URL’s server name or port is not valid (letters, digits, hyphens and single dots; a port up to 65535). It was not saved.',
  'settings.publication.copyright': 'Copyright line',
  'settings.publication.accent': 'Accent colour',
  'settings.publication.captionStyle': 'Caption style',
  'settings.publication.logo': 'Logo (from the photo library)',
  'settings.publication.noLogo': 'No logo',
  'captionStyle.title-colon': 'UPPER-CASE TITLE: then a sentence.',
  'captionStyle.sentence': 'A plain sentence',
  'settings.saved': 'Settings saved',
  'language.en': 'English',
  'language.id': 'Bahasa Indonesia',

  'nav.photos': 'Photo desk', // (a11y)
  'notice.dismiss': 'Dismiss',
  'nav.sources': 'Sources', // (a11y)
  'error.generic': 'Something went wrong: {message}',
} as const;
