import { Fragment } from 'react';

/** A rule or context code (« STATED_MINOR_AGE »), allowed to wrap after its underscores only. */
export function RuleCode({ code }: { code: string }) {
  const parts = code.split('_');
  return (
    <span className="rule-code">
      {parts.map((part, index) => (
        <Fragment key={index}>
          {part}
          {index < parts.length - 1 && (
            <>
              _<wbr />
            </>
          )}
        </Fragment>
      ))}
    </span>
  );
}
