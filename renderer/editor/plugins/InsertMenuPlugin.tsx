import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { MenuOption } from '@lexical/react/LexicalMenuOption';
import { LexicalTypeaheadMenuPlugin, type MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import {
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isRootNode,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { useI18n } from '../../i18n/I18n';
import { $toggleBlock } from '../commands';
import { matchingChoices, slashQuery, type InsertChoice } from '../insert/insertChoices';
import { INSERT_PAGE_BREAK_COMMAND } from '../pages/pageBreaks';
import { OPEN_PHOTO_PICKER_COMMAND } from '../photos';
import { OPEN_RELATED_LINK_PICKER_COMMAND } from '../related/relatedLinks';

class InsertOption extends MenuOption {
  constructor(
    readonly choice: InsertChoice,
    readonly label: string,
  ) {
    super(choice.id);
  }
}

/** "/" typed as the first thing in a top-level paragraph, and the word after it. */
function slashTrigger(text: string): MenuTextMatch | null {
  const query = slashQuery(text);
  if (query === null) return null;
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const node = selection.anchor.getNode();
  const paragraph = node.getParent();
  if (
    !$isParagraphNode(paragraph) ||
    !$isRootNode(paragraph.getParent()) ||
    paragraph.getFirstChild() !== node
  )
    return null;
  return { leadOffset: 0, matchingString: query, replaceableString: text };
}

/** Runs a choice once the "/…" text is gone: the paragraph becomes the block, or the block goes after it. */
function $runChoice(editor: LexicalEditor, choice: InsertChoice): void {
  switch (choice.id) {
    case 'heading':
      return $toggleBlock('h2');
    case 'subheading':
      return $toggleBlock('h3');
    case 'quote':
      return $toggleBlock('quote');
    case 'bullet':
      editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
      return;
    case 'number':
      editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
      return;
    case 'photo':
      editor.dispatchCommand(OPEN_PHOTO_PICKER_COMMAND, undefined);
      return;
    case 'pageBreak':
      editor.dispatchCommand(INSERT_PAGE_BREAK_COMMAND, undefined);
      return;
    case 'relatedLink':
      editor.dispatchCommand(OPEN_RELATED_LINK_PICKER_COMMAND, null);
      return;
  }
}

function InsertMenuList(props: {
  container: HTMLElement;
  label: string;
  options: InsertOption[];
  selectedIndex: number | null;
  choose: (option: InsertOption) => void;
  highlight: (index: number) => void;
}) {
  const { container } = props;
  const labelId = useId();
  // Lexical makes the container the listbox (the body points at it with aria-controls) and labels it
  // "Typeahead menu" each time it places it; a label by reference takes precedence over that one.
  useEffect(() => container.setAttribute('aria-labelledby', labelId), [container, labelId]);
  return (
    <>
      <span id={labelId} hidden>
        {props.label}
      </span>
      <ul className="rx-insert-menu" role="presentation">
        {props.options.map((option, index) => (
          <li
            key={option.key}
            id={`typeahead-item-${index}`}
            ref={(element) => option.setRefElement(element)}
            role="option"
            tabIndex={-1}
            aria-selected={props.selectedIndex === index}
            onMouseEnter={() => props.highlight(index)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => props.choose(option)}
          >
            {option.label}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The insert menu: "/" at the start of an empty paragraph lists what can go there (heading, quote,
 * lists, photo, page break, related link); typing narrows it, arrows and Enter choose, Escape closes
 * and leaves the "/" as typed. The choice replaces the "/…" text in one undo step.
 */
export function InsertMenuPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const [query, setQuery] = useState<string | null>(null);
  const options = useMemo(
    () =>
      query === null
        ? []
        : matchingChoices(query, (choice) => t(choice.label)).map(
            (choice) => new InsertOption(choice, t(choice.label)),
          ),
    [query, t],
  );

  const choose = useCallback(
    (option: InsertOption, typed: TextNode | null, closeMenu: () => void) => {
      editor.update(() => {
        typed?.remove();
        $runChoice(editor, option.choice);
        closeMenu();
      });
    },
    [editor],
  );

  return (
    <LexicalTypeaheadMenuPlugin<InsertOption>
      options={options}
      onQueryChange={setQuery}
      onSelectOption={choose}
      triggerFn={slashTrigger}
      anchorClassName="rx-insert-anchor"
      menuRenderFn={(
        anchor,
        { options: shown, selectedIndex, selectOptionAndCleanUp, setHighlightedIndex },
      ) =>
        anchor.current && shown.length > 0
          ? createPortal(
              <InsertMenuList
                container={anchor.current}
                label={t('insert.menu')}
                options={shown}
                selectedIndex={selectedIndex}
                choose={selectOptionAndCleanUp}
                highlight={setHighlightedIndex}
              />,
              anchor.current,
            )
          : null
      }
    />
  );
}
