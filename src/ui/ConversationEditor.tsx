import type { CaseSession } from '../cases/session';
import { setConversation } from '../cases/fields';
import type { Case } from '../cases/types';
import { t } from '../i18n';

/** Step 3: the conversation with the client, or the reason it was skipped. */
export function ConversationEditor({ c, edit }: { c: Case; edit: CaseSession['edit'] }) {
  const v = c.conversation;
  return (
    <div class="conversation">
      <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset__fieldset--html-fieldset">
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('conversation.held')}</legend>
        {(['ja', 'overgeslagen'] as const).map((held) => (
          <label key={held} class="choice">
            <input type="radio" name="conversation-held" autocomplete="off" value={held} checked={v.held === held} onChange={() => edit((x) => setConversation(x, { held }))} />
            <span>{t(held === 'ja' ? 'conversation.yes' : 'conversation.skipped')}</span>
          </label>
        ))}
      </fieldset>
      {v.held === 'ja' && (
        <>
          <label for="conversation-date" class="utrecht-form-label field-label">{t('conversation.date')}</label>
          <input id="conversation-date" type="date" class="utrecht-textbox utrecht-textbox--html-input" autocomplete="off" value={v.date} onInput={(e) => { const date = e.currentTarget.value; edit((x) => setConversation(x, { date })); }} />
          <label for="conversation-notes" class="utrecht-form-label field-label">{t('conversation.notes')}</label>
          <textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="conversation-notes" rows={4} autocomplete="off" value={v.notes} onInput={(e) => { const notes = e.currentTarget.value; edit((x) => setConversation(x, { notes })); }} />
        </>
      )}
      {v.held === 'overgeslagen' && (
        <>
          <label for="conversation-skip" class="utrecht-form-label field-label">{t('conversation.skipReason')}</label>
          <p id="conversation-skip-hint" class="utrecht-form-field-description">{t('conversation.skipHint')}</p>
          <textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="conversation-skip" rows={3} autocomplete="off" aria-describedby="conversation-skip-hint" value={v.skipReason} onInput={(e) => { const skipReason = e.currentTarget.value; edit((x) => setConversation(x, { skipReason })); }} />
        </>
      )}
    </div>
  );
}
