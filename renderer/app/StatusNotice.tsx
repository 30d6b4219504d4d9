import { useEffect, useState } from 'react';

/**
 * A status line that is always there, empty when there is nothing to say. The words arrive a frame
 * after the region itself: a live region added together with its words (a list opened with a
 * "Deleted …" notice) is not read by every screen reader.
 */
export function StatusNotice({ text, className }: { text: string; className: string }) {
  const [shown, setShown] = useState('');
  useEffect(() => {
    const frame = requestAnimationFrame(() => setShown(text));
    return () => cancelAnimationFrame(frame);
  }, [text]);
  return (
    <p className={className} role="status">
      {shown}
    </p>
  );
}
