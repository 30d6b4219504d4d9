import { useRef } from 'react';

/** What the file picker offers; the service checks every file's bytes whatever its name says. */
export const PHOTO_TYPES = 'image/jpeg,image/png,image/webp,image/gif,.jpg,.jpeg,.png,.webp,.gif';

/** A button that opens the system's file picker for several photos at once. */
export function ImportButton({
  label,
  onFiles,
  className,
  disabled = false,
}: {
  label: string;
  onFiles: (files: File[]) => void;
  className?: string;
  /** While an import runs: a second one would take over its progress (one at a time). */
  disabled?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      {/* aria-disabled, not disabled: a disabled button would drop the focus (and Escape with it). */}
      <button
        type="button"
        className={className}
        aria-disabled={disabled || undefined}
        onClick={() => {
          if (!disabled) input.current?.click();
        }}
      >
        {label}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={PHOTO_TYPES}
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
