// Pre-approved messages: title, text, the role that keeps each up to date, and when its approval runs
// out. An expired message is flagged in words (the reply coach stops offering it).

import { i18n } from '#i18n';
import { LATEST_DATE_MS, localDate, messageExpiresAt, messageExpiryUnreadable, type PreApprovedMessage } from '@/utils/plan';
import { at, newId, replaceAt, type EditorProps } from './editor';
import { TextAreaField, TextField, SelectField } from './fields';
import { roleOptions } from './StepsEditor';

export const ADD_MESSAGE_ID = 'plan-messages-add';

/** What fillTemplate gets for a pre-approved message (utils/plan/texts.ts). */
export const MESSAGE_PLACEHOLDERS = ['issue', 'nextUpdate', 'brand'] as const;

/**
 * A warning for placeholders no one fills ("{Brand}", "{contact}"): they stay in the text as typed, and
 * would reach a public post that way (QA). Undefined when there are none.
 */
export function unknownPlaceholderHint(text: string): string | undefined {
  const known = new Set<string>(MESSAGE_PLACEHOLDERS);
  const unknown = [...new Set(Array.from(text.matchAll(/\{([^{}\s]{1,40})\}/g), (match) => match[1]!))].filter((name) => !known.has(name));
  if (unknown.length === 0) return undefined;
  return i18n.t('options.plan.unknownPlaceholders', [unknown.map((name) => `{${name}}`).join(', '), MESSAGE_PLACEHOLDERS.map((name) => `{${name}}`).join(', ')]);
}

/**
 * The value of a date input for any stored expiry: an ISO date as it is; an ISO date-time or ms as the
 * day, in the user's time zone, on which it runs out (messageExpiresAt reads dates in that zone too).
 */
export function expiryDateValue(expires: PreApprovedMessage['expires']): string {
  if (expires === undefined) return '';
  if (typeof expires === 'number') return Number.isFinite(expires) && Math.abs(expires) <= LATEST_DATE_MS ? localDate(expires) : '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(expires)) return expires;
  const parsed = Date.parse(expires);
  if (/^\d{4}-\d{2}-\d{2}/.test(expires)) return Number.isNaN(parsed) ? expires.slice(0, 10) : localDate(parsed);
  return expires;
}

/** The message with a new expiry date from a date input ('' removes it). */
export function withExpiry(message: PreApprovedMessage, date: string): PreApprovedMessage {
  const { expires: _previous, ...rest } = message;
  return date === '' ? rest : { ...rest, expires: date };
}

export function MessagesEditor({ plan, change, errorsAt, now }: EditorProps & { now: number }) {
  const messages = plan.messages;
  const setMessage = (index: number, message: PreApprovedMessage) => change({ ...plan, messages: replaceAt(messages, index, message) });
  const remove = (index: number) => change({ ...plan, messages: messages.filter((_, i) => i !== index) }, { structural: true, focus: [ADD_MESSAGE_ID] });
  const add = () => {
    const message: PreApprovedMessage = { id: newId('message', messages), title: '', text: '', ownerRoleId: plan.roles[0]?.id ?? '' };
    change({ ...plan, messages: [...messages, message] }, { structural: true, focus: [at('messages', messages.length, 'title').id] });
  };

  return (
    <div class="plan-part">
      <h3>{i18n.t('options.plan.messagesTitle')}</h3>
      <p class="muted">{i18n.t('options.plan.messagesIntro', [MESSAGE_PLACEHOLDERS.map((name) => `{${name}}`).join(', ')])}</p>
      {messages.length === 0 && <p class="hint">{i18n.t('options.plan.noMessages')}</p>}
      {messages.map((message, index) => {
        const number = String(index + 1);
        const name = message.title.trim() || i18n.t('options.plan.message', [number]);
        const expiresAt = messageExpiresAt(message);
        const expired = expiresAt !== null && expiresAt <= now;
        // A date that cannot be read counts as expired (messageExpiresAt): said as such, not as a day it ran out.
        const unreadable = messageExpiryUnreadable(message);
        const expiresField = at('messages', index, 'expires');
        return (
          <fieldset key={message.id} class={expired ? 'plan-item expired' : 'plan-item'}>
            <legend>{i18n.t('options.plan.message', [number])}</legend>
            {expired && (
              <p class="error">
                <strong>
                  ⚠{' '}
                  {unreadable
                    ? i18n.t('options.plan.expiryUnreadable', [String(message.expires)])
                    : i18n.t('options.plan.expired', [expiryDateValue(message.expires)])}
                </strong>
              </p>
            )}
            <TextField
              {...at('messages', index, 'title')}
              label={i18n.t('options.plan.messageTitle')}
              errors={errorsAt(at('messages', index, 'title').path)}
              value={message.title}
              onInput={(title) => setMessage(index, { ...message, title })}
            />
            <TextAreaField
              {...at('messages', index, 'text')}
              label={i18n.t('options.plan.messageText')}
              hint={unknownPlaceholderHint(message.text)}
              rows={3}
              errors={errorsAt(at('messages', index, 'text').path)}
              value={message.text}
              onInput={(text) => setMessage(index, { ...message, text })}
            />
            <div class="grid">
              <SelectField
                {...at('messages', index, 'ownerRoleId')}
                label={i18n.t('options.plan.messageOwner')}
                errors={errorsAt(at('messages', index, 'ownerRoleId').path)}
                value={message.ownerRoleId}
                options={roleOptions(plan, message.ownerRoleId)}
                onChange={(ownerRoleId) => setMessage(index, { ...message, ownerRoleId })}
              />
              <TextField
                {...expiresField}
                type="date"
                label={i18n.t('options.plan.messageExpires')}
                hint={i18n.t('options.plan.messageExpiresHint')}
                errors={errorsAt(expiresField.path)}
                value={expiryDateValue(message.expires)}
                onInput={(date) => setMessage(index, withExpiry(message, date))}
              />
            </div>
            {message.channels && message.channels.length > 0 && (
              <p class="hint">{i18n.t('options.plan.messageChannels', [message.channels.map((id) => i18n.t(`platform.${id}`)).join(', ')])}</p>
            )}
            <div class="row">
              <button type="button" aria-label={i18n.t('options.plan.removeMessageLabel', [name])} onClick={() => remove(index)}>
                {i18n.t('options.plan.remove')}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" id={ADD_MESSAGE_ID} onClick={add}>
        {i18n.t('options.plan.addMessage')}
      </button>
    </div>
  );
}
