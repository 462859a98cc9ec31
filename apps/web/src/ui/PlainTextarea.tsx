import { useId, type TextareaHTMLAttributes } from 'react';

interface PlainTextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'> {
  label: string;
}

/**
 * A labelled text box: the browser's own textarea in Mantine's look (global.css), for a page whose first
 * visit should not wait for Mantine's Textarea and its input parts (the room's notes). Required shows
 * Mantine's asterisk, hidden from screen readers, which hear "required" from the box itself.
 */
export function PlainTextarea({ label, required, ...props }: PlainTextareaProps) {
  const id = useId();
  return (
    <div>
      <label className="plain-label" htmlFor={id}>
        {label}
        {required && (
          <span className="plain-asterisk" aria-hidden="true">
            {' *'}
          </span>
        )}
      </label>
      <textarea id={id} className="plain-field" required={required} {...props} />
    </div>
  );
}
