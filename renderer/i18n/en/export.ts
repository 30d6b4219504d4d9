/**
 * English, the export dialog. Names marked (a11y) are part of the product (NEWSROOM.md): keep them
 * stable.
 */
export const exporting = {
  'export.open': 'Export', // (a11y)
  'export.dialog': 'Export the article',
  'export.checking': 'Checking the article…',
  'export.errors': 'Fix these before exporting:',
  'export.warnings': 'Check these warnings:',
  'export.acceptWarnings': 'I have checked the warnings; export anyway',
  'export.ready': 'Ready to export: no problems found.',
  'export.unsaved':
    'The latest changes could not be saved, so the package will hold the article as last saved, without them.',
  'export.acceptUnsaved': 'Export the article as last saved',
  'export.blockedUnsaved': 'Tick “Export the article as last saved” to export it without the latest changes.',
  'export.blockedErrors': 'Fix the errors above to export this article.',
  'export.blockedWarnings': 'Tick “I have checked the warnings; export anyway” to export with them.',
  'export.blockedFolder': 'Give the folder to export to.',
  'export.folder': 'Export folder',
  'export.zip': 'Also write a .zip of the package',
  'export.run': 'Export package', // (a11y)
  'export.running': 'Exporting…',
  'export.done': 'Package written to {folder}',
  'export.doneZip': 'Zip written to {file}',
  'export.doneZipNotRemoved':
    'The earlier zip of this package, {file}, could not be removed (is it open in another program?): it still holds the previous version. Remove it, or export again with the zip.',
  'export.doneZipRemoved':
    'The earlier zip of this package, {file}, was removed: it held the previous version, and this export wrote none.',
  'export.close': 'Close',
  'export.show': 'Show', // (a11y)
  'export.download': 'Download the zip',
  'export.reveal': 'Show in folder',
} as const;
