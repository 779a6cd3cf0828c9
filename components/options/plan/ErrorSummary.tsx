// The list of every problem at the top of a form, after a save or import failed. It takes the focus
// (so a keyboard or screen-reader user lands on it), and each entry links to its field when there is one.

import { i18n } from '#i18n';
import { useEffect, useId, useRef } from 'preact/hooks';

export interface ShownError {
  /** Where, in words ("Role 3 (Legal) › contact"). */
  where: string;
  /** The raw path in the file, when it helps to find the spot (`plan.roles[2].contact`). */
  path?: string;
  message: string;
  /** The DOM id of the field to focus, when the problem has one on this page. */
  target?: string;
}

export function ErrorSummary(props: {
  title: string;
  errors: readonly ShownError[];
  /** Changes on every failed attempt, so the summary takes the focus again even if the errors did not change. */
  attempt: number;
  id?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (props.errors.length > 0) ref.current?.focus();
    // Only a new attempt moves the focus; editing while the summary is shown must not.
  }, [props.attempt]);
  if (props.errors.length === 0) return null;
  return (
    <div id={props.id} class="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <p id={titleId} class="error">
        <strong>{props.title}</strong>
      </p>
      <ul>
        {props.errors.map((error, index) => (
          <li key={`${error.path ?? error.where}-${index}`}>
            {error.target ? (
              <a
                href={`#${error.target}`}
                onClick={(event) => {
                  const field = document.getElementById(error.target!);
                  if (!field) return;
                  event.preventDefault();
                  field.focus();
                  field.scrollIntoView?.({ block: 'center' });
                }}
              >
                {error.where}
              </a>
            ) : (
              <strong>{error.where}</strong>
            )}
            {error.path && (
              <>
                {' ('}
                {i18n.t('options.file.inFile')}{' '}
                <code class="path">{error.path}</code>
                {')'}
              </>
            )}
            : {error.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
