import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { api } from '../api/client';
import { ARTICLE_LIMITS } from '../../shared/api/article';
import { useI18n } from '../i18n/I18n';
import { commaItems, commaList, pasteLinesAsItems } from './commaList';
import { ListLimitNote } from './ListLimitNote';

const SUGGEST_DELAY_MS = 120;
const SUGGESTED = 8;

const TAG_LIMITS = { item: ARTICLE_LIMITS.tag, count: ARTICLE_LIMITS.tags };
const splitTags = (text: string): string[] => commaList(text, TAG_LIMITS);
const lastPart = (text: string): string => text.slice(text.lastIndexOf(',') + 1).trim();

/**
 * The article's tags (topics), comma-separated, suggesting tags other articles already use for the
 * one being typed: arrows and Enter, or a click, complete it. A combobox, so it works from the keyboard.
 * Every change is saved as typed, the tag under the caret too (the article keeps what the field
 * shows); the suggestions leave out this article's own tags, so that half-typed tag is not offered back.
 */
export function TagsField({
  articleId,
  value,
  onChange,
}: {
  articleId: string;
  value: string[];
  onChange: (tags: string[]) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(value.join(', '));
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const hintId = useId();
  const noteId = useId();
  const listId = useId();
  const typing = lastPart(text);

  useEffect(() => {
    if (!open || typing === '') return;
    let current = true;
    const timer = setTimeout(() => {
      void api('articles.tags', { prefix: typing, limit: SUGGESTED + 10, articleId }).then((result) => {
        if (!current || !result.ok) return;
        const taken = new Set(splitTags(text).map((tag) => tag.toLocaleLowerCase()));
        taken.delete(typing.toLocaleLowerCase());
        setSuggestions(result.value.filter((tag) => !taken.has(tag.toLocaleLowerCase())).slice(0, SUGGESTED));
        setActive(-1);
      });
    }, SUGGEST_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [open, typing, text, articleId]);

  const change = (next: string) => {
    setText(next);
    setOpen(true);
    onChange(splitTags(next));
  };
  const choose = (tag: string) => {
    const next = `${[...splitTags(text.slice(0, text.lastIndexOf(',') + 1)), tag].join(', ')}, `;
    setText(next);
    onChange(splitTags(next));
    setSuggestions([]);
    setOpen(false);
  };
  const visible = open && typing !== '' ? suggestions : [];
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = visible.length;
    if (event.key === 'ArrowDown' && count > 0) setActive((active + 1) % count);
    else if (event.key === 'ArrowUp' && count > 0) setActive((active - 1 + count) % count);
    else if (event.key === 'Enter' && active >= 0 && visible[active]) choose(visible[active]);
    else if (event.key === 'Escape' && count > 0) setOpen(false);
    else return;
    event.preventDefault();
  };

  const shown = visible.length > 0;
  return (
    <div className="rx-field rx-tags-field">
      <label>
        <span>{t('field.tags')}</span>
        <input
          name="tags"
          role="combobox"
          aria-expanded={shown}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={`${hintId} ${noteId}`}
          autoComplete="off"
          value={text}
          onChange={(event) => change(event.target.value)}
          onPaste={pasteLinesAsItems}
          onKeyDown={onKeyDown}
          // Left, the field is tidied but not cut: a tag too long stays whole, and the note says so.
          onBlur={() => (setText(commaItems(text).join(', ')), setOpen(false))}
        />
      </label>
      <small id={hintId}>{t('field.tags.hint')}</small>
      <ListLimitNote id={noteId} text={text} kind="tags" limits={TAG_LIMITS} />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('field.tags.suggestions')}
        className="rx-suggestions"
        hidden={!shown}
      >
        {visible.map((tag, index) => (
          <li
            key={tag}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(tag)}
          >
            {tag}
          </li>
        ))}
      </ul>
    </div>
  );
}
