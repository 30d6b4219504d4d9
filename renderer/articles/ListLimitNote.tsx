import { fitted } from '../app/fieldRoom';
import { useI18n } from '../i18n/I18n';
import { listOverflow } from './commaList';

/** How much of a long item the note quotes: enough to find it in the field. */
const QUOTED = 30;

/**
 * Under a comma-separated field (writers, tags): what its save would cut, in plain words — the item
 * longer than one may be and the limit, or that items past the most an article holds are left out —
 * while the field keeps the text as typed, so nothing is cut without a word. Empty when all fits.
 */
export function ListLimitNote(props: {
  id: string;
  text: string;
  kind: 'writers' | 'tags';
  limits: { item: number; count: number };
}) {
  const { t } = useI18n();
  const { tooLong, extra } = listOverflow(props.text, props.limits);
  const item = tooLong && (tooLong.length > QUOTED ? `${fitted(tooLong, QUOTED)}…` : tooLong);
  const said = item
    ? t(`field.${props.kind}.tooLong`, { item, limit: props.limits.item })
    : extra > 0
      ? t(`field.${props.kind}.tooMany`, { limit: props.limits.count })
      : '';
  return (
    <small id={props.id} role="status" className="rx-field-warning">
      {said}
    </small>
  );
}
