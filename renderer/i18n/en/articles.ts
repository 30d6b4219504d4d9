/**
 * English, the article list and the article’s fields: rubric, status, tags, featured photo, related
 * links. Names marked (a11y) are part of the product (NEWSROOM.md): keep them stable.
 */
export const articles = {
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
  'list.showing': 'Showing the first {n}.',
  'list.result.more': 'More than {n} articles; the first {n} are shown.',
  'list.more': 'Show more',
  'list.loadingMore': 'Loading more…',

  'field.rubric': 'Rubric', // (a11y)
  'field.headline': 'Headline', // (a11y)
  'field.lead': 'Lead', // (a11y)
  'field.writers': 'Writers', // (a11y)
  'field.writers.hint': 'Separate names with commas',
  'field.writers.tooLong':
    '“{item}” is longer than a name may be ({limit} characters): only its first {limit} are saved.',
  'field.writers.tooMany': 'Only the first {limit} names are saved.',
  'field.editor': 'Editor', // (a11y)
  'field.dateline': 'Dateline', // (a11y)
  'field.dateline.example': 'e.g. NEWS.EXAMPLE.COM',
  'field.dateline.exampleOf': 'e.g. {prefix}',
  'field.datelinePlace': 'Place',
  'field.tags': 'Tags', // (a11y)
  'field.tags.hint': 'Separate tags with commas',
  'field.tags.tooLong':
    '“{item}” is longer than a tag may be ({limit} characters): only its first {limit} are saved.',
  'field.tags.tooMany': 'Only the first {limit} tags are saved.',
  'field.slug': 'Slug', // (a11y)
  'field.slug.fromHeadline': 'Use headline',
  'field.slug.published':
    'Published at “{slug}”: once exported at this new address, links to the old one stop working.',
  'field.status': 'Status', // (a11y)
  'field.publishedAt': 'First published {date}',

  'article.back': 'All articles',
  'article.title': 'Article',
  'article.loading': 'Opening the article…',
  'article.upToDate': 'Brought up to date: this article was changed in another window or tab.',
  'article.delete': 'Delete article',
  'article.delete.confirm':
    'Delete “{headline}” with its tags and sources? Its photos stay in the library. This cannot be undone.',
  'article.delete.confirmPublished':
    'Delete “{headline}”? It was published: the package already exported stays where it is, but the article goes from Redaksi with its tags and sources. Its photos stay in the library. This cannot be undone.',
  'article.delete.yes': 'Delete it',
  'article.delete.no': 'Keep it',
  'article.deleted': 'Deleted “{headline}”.',

  'featured.label': 'Featured photo',
  'featured.none': 'No featured photo.',
  'featured.choose': 'Choose featured photo',
  'featured.remove': 'Remove featured photo',
  'featured.removed': 'Featured photo removed.',
  'tag.dialog': 'Tag source',
  'tag.find': 'Find a source',
  'tag.results': 'Matching sources',
  'tag.none': 'No source matches. Create it below.',
  'tag.createAndTag': 'Create and tag',
  'tag.remove': 'Remove source tag',
  'tag.current': 'Tagged: {name}',
  'tag.hover': 'Source: {name}',
  'tag.unknown': 'a source no longer in the registry',
  'tag.refused.gone':
    '“{name}” is no longer in the registry (deleted or merged in another window): nothing was tagged. Pick another source.',
  'tag.refused.empty': 'Select the words to attribute first: a quote or a sentence.',
  'tag.refused.noText': 'There is no text in this selection to attribute.',
  'tag.refused.pageBreak': 'A source tag can’t cross a page break. Select words on one page.',
  'tag.refused.photo': 'A source tag can’t cross a photo. Select the words before or after it.',
  'tag.refused.relatedLink': 'A source tag can’t cross a related link. Select the words before or after it.',
  'tag.refused.partOfLink':
    'A source tag can’t cut a link in two. Select the whole link, or only words outside it.',
  'tag.refused.overlap':
    'Part of this selection is already tagged with a source. Select only the tagged words to re-tag them, or only untagged words.',
  'tag.wordsChanged':
    'The selected words changed while Tag source was open, so nothing was tagged: select them again and press Tag source (Ctrl+Alt+S).',
  'tag.created.tagged':
    'The new source “{name}” is in the registry, and the words selected for it are tagged.',
  'tag.created.notTagged':
    'The source “{name}” was created, but the words selected for it changed while it was being saved, so they are not tagged: select them and tag them with “{name}” (Ctrl+Alt+S).',
  'tag.created.failed': 'The source “{name}” could not be created, so nothing was tagged: {reason}',
  'list.filterTag': 'Filter by tag',
  'list.tag.all': 'All tags',
  'list.filterSource': 'Filter by source',
  'list.source.all': 'All sources',
  'list.tag.mostUsed': 'Only the {n} most-used tags are listed: search finds any tag.',
  'list.tag.rename': 'Rename tag',
  'list.tag.renameTo': 'New name for the tag “{tag}”',
  'list.tag.renameDo': 'Rename',
  'list.tag.mergeDo': 'Merge',
  'list.tag.mergeNote':
    '“{tag}” is already a tag: the articles tagged “{from}” will be tagged “{tag}” instead. The two become one, and that cannot be undone.',
  'list.tag.noComma': 'A tag cannot contain a comma: commas separate tags.',
  'list.tag.nameNeeded': 'A tag needs a name.',
  'list.tag.renameCancel': 'Cancel',
  'list.tag.renamed': 'The tag “{from}” is now “{to}” on {n} articles.',
  'list.tag.renamed.one': 'The tag “{from}” is now “{to}” on 1 article.',
  'list.tag.merged': 'The tag “{from}” is merged into “{to}” on {n} articles.',
  'list.tag.merged.one': 'The tag “{from}” is merged into “{to}” on 1 article.',
  'list.source.first': 'Only the first {n} sources by name are listed: search finds any source.',
  'list.source.loading': 'Loading sources…',
  'list.noMatchFilters': 'No article matches the chosen filters.',
  'list.noMatchSearchFilters': 'No article matches this search with the chosen filters.',
  'list.gone.rubric': 'No article has the rubric “{value}” any more: that filter is cleared.',
  'list.gone.tag': 'No article has the tag “{value}” any more: that filter is cleared.',
  'list.gone.sourceId':
    'The source the list was filtered by is no longer in the registry (merged or deleted): that filter is cleared.',
  'field.tags.suggestions': 'Suggestions',
  'related.dialog': 'Insert related link',
  'related.change': 'Change related link',
  'related.findArticle': 'Find an article',
  'related.results': 'Matching articles',
  'related.none': 'No other article matches.',
  'related.orAddress': 'Or link to a web page',
  'related.url': 'Web address',
  'related.title': 'Title',
  'related.add': 'Add link',
  'related.invalidUrl': 'Use an address starting with http:// or https://.',
  'related.credentials':
    'Leave out the user name and password (the part before @): every reader of the article would see them.',
  'related.noTitle': 'Give the link a title: the words readers click.',
  'related.label': 'Related link: {title}',
  'related.toArticle': 'article in the library',
  'related.edit': 'Change',
  'related.remove': 'Remove',
  'related.toDraft': 'draft article in the library',
  'related.missing':
    'That article no longer exists: the export is blocked until you change or remove this link.',
  'related.tooLong': 'That address is too long: at most {n} characters.',
} as const;
