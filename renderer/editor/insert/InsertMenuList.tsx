import { useEffect, useId, useLayoutEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { MenuOption } from '@lexical/react/LexicalMenuOption';
import { useMenuInSight } from '../useMenuInSight';
import type { InsertChoice } from './insertChoices';

/** One choice of the insert menu ("/"), with the words it shows. */
export class InsertOption extends MenuOption {
  constructor(
    readonly choice: InsertChoice,
    readonly label: string,
  ) {
    super(choice.id);
  }
}

/** The insert menu's list, drawn into the container Lexical's typeahead places by the caret. */
export function InsertMenuList(props: {
  container: HTMLElement;
  label: string;
  options: InsertOption[];
  selectedIndex: number | null;
  choose: (option: InsertOption) => void;
  highlight: (index: number) => void;
  /** Told when the list is on screen (Lexical's menu then takes Enter and the arrows) and when it goes. */
  drawn: (drawn: boolean) => void;
}) {
  const { container, drawn } = props;
  useEffect(() => {
    drawn(true);
    return () => drawn(false);
  }, [drawn]);
  const [editor] = useLexicalComposerContext();
  const labelId = useId();
  const list = useRef<HTMLUListElement>(null);
  useMenuInSight(editor.getRootElement(), container, list, props.options, props.selectedIndex);
  // Lexical makes the container the listbox (the body points at it with aria-controls) and labels it
  // "Typeahead menu" each time it places it; a label by reference takes precedence over that one.
  // With nothing to list (a "/" typed on past every choice) Lexical keeps the container as an empty
  // listbox named "Typeahead menu": hidden from screen readers until this list is in it again.
  useEffect(() => {
    container.setAttribute('aria-labelledby', labelId);
    container.removeAttribute('aria-hidden');
    return () => {
      container.removeAttribute('aria-labelledby');
      container.setAttribute('aria-hidden', 'true');
    };
  }, [container, labelId]);
  // The body names the highlighted choice to screen readers. Lexical writes that only as an arrow
  // moves it: typing that narrows the list (or a pointer on a choice) would leave it naming another
  // choice, or one no longer listed, while Enter takes the highlighted one.
  const { options, selectedIndex } = props;
  useLayoutEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    if (selectedIndex !== null && selectedIndex >= 0 && selectedIndex < options.length)
      root.setAttribute('aria-activedescendant', `typeahead-item-${selectedIndex}`);
    else root.removeAttribute('aria-activedescendant');
  }, [editor, options, selectedIndex]);
  useEffect(() => () => editor.getRootElement()?.removeAttribute('aria-activedescendant'), [editor]);
  return (
    <>
      <span id={labelId} hidden>
        {props.label}
      </span>
      <ul ref={list} className="rx-insert-menu" role="presentation">
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
