import { useState } from 'react';

/**
 * For a very large config whose inspector is behind: the analysis it needs holds the page for
 * seconds, so it runs when the user asks (as an editor turns features off for a huge file and
 * offers to turn them on), after "Analysing…" has been painted.
 */
export function CatchUpButton({ catchUp, label = 'Analyse now' }: { catchUp: () => void; label?: string }) {
  const [working, setWorking] = useState(false);
  const onClick = () => {
    setWorking(true);
    setTimeout(catchUp, 50); // one frame for the label first
  };
  return (
    <button type="button" data-testid="inspector-catch-up" disabled={working} onClick={onClick}>
      {working ? 'Analysing…' : label}
    </button>
  );
}
