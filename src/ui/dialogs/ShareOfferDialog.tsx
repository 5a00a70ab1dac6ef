import { useEffect, useRef } from 'react';
import { answerShareOffer } from '../../app/index.ts';
import { useStudio, useStudioStore } from '../state/StudioContext.tsx';

/** A share link would replace the work saved in this browser: ask first. */
export function ShareOfferDialog() {
  const store = useStudioStore();
  const offer = useStudio((s) => s.shareOffer);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (offer && !dialog.current?.open) dialog.current?.showModal();
  }, [offer]);
  if (!offer) return null;
  return (
    <dialog ref={dialog} className="dialog" data-testid="share-offer" aria-labelledby="share-offer-title" onCancel={() => answerShareOffer(store, false)}>
      <h2 id="share-offer-title">Open the shared config?</h2>
      <p>
        This link carries a config ({offer.text.split('\n').length} lines). You also have work saved in this browser. Opening the shared
        config replaces it in the editor as one step: Undo brings your work back.
      </p>
      <div className="dialog-actions">
        <button type="button" data-testid="share-keep-mine" onClick={() => answerShareOffer(store, false)}>
          Keep my work
        </button>
        <button type="button" data-testid="share-open" onClick={() => answerShareOffer(store, true)} autoFocus>
          Open the shared config
        </button>
      </div>
    </dialog>
  );
}
