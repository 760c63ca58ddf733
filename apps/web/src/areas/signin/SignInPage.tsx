import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { send } from '../../api/client';
import { Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { addTexts } from '../../i18n';
import { pick } from '../../lib/format';
import { useSession } from '../../lib/session';
import './signin.css';
import texts from './texts';

addTexts('signin', texts);

/** GET /api/v1/auth/dev-users (DevUserView, libs/identity/src/dev-login.service.ts). */
interface DevUser {
  username: string;
  roles: string[];
  agency: { id: string; name: { th: string; en: string } } | null;
  displayName: { th: string; en: string };
}

/** Only a path of this site: one leading slash, no scheme, no protocol-relative `//` or `/\`, no control characters. */
export function safeReturnTo(value: string | null): string {
  if (!value || !/^\/(?![/\\])/.test(value) || /[\u0000-\u001f\u007f]/.test(value) || value.startsWith('/sign-in')) return '/applications';
  return value;
}

const GROUPS = [
  { key: 'citizens', match: (u: DevUser) => u.roles.includes('applicant') },
  { key: 'officers', match: (u: DevUser) => u.roles.includes('officer') && !u.roles.includes('applicant') },
  { key: 'approvers', match: (u: DevUser) => u.roles.includes('approver') && !u.roles.includes('officer') && !u.roles.includes('applicant') },
] as const;

export default function SignInPage() {
  const { t, i18n } = useTranslation('signin');
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const error = params.get('error');
  const session = useSession();
  const known = error && /^[A-Z0-9_]{1,64}$/.test(error) ? error : null;
  const errorText = known ? (i18n.exists(`signin:errors.${known}`) ? t(`errors.${known}`) : t('errors.other', { code: known })) : null;

  return (
    <>
      <PageTitle title={t('title')} hasErrors={!!errorText} />
      {errorText && (
        <div className="error-summary" role="alert" tabIndex={-1} aria-labelledby="signin-error-title">
          <h2 id="signin-error-title">{t('errorTitle')}</h2>
          <p>{errorText}</p>
        </div>
      )}
      {session.data && (
        <div className="notice">
          <p>{t('alreadySignedIn', { name: session.data.displayName ?? session.data.username ?? '' })}</p>
          <Link to={returnTo}>{t('continue')}</Link>
        </div>
      )}
      <p className="lead">{t('lead')}</p>
      <p className="hint" id="digital-id-hint">
        {t('digitalId.hint')}
      </p>
      {/* A full page navigation: the API redirects to the Digital ID provider and, signed in, back to returnTo. */}
      <a className="button button--start" href={`/api/v1/auth/digital-id/login?returnTo=${encodeURIComponent(returnTo)}`} aria-label={t('digitalId.aria')} aria-describedby="digital-id-hint" role="button" draggable={false}>
        {t('digitalId.button')}
      </a>
      <DevSignIn returnTo={returnTo} />
    </>
  );
}

/** The embedded mode's demo users; the section is absent when the API does not offer dev sign-in (404). */
function DevSignIn({ returnTo }: { returnTo: string }) {
  const { t, i18n } = useTranslation('signin');
  const lang = i18n.language;
  const users = useQuery({
    queryKey: ['public', 'dev-users'],
    queryFn: async () => {
      const res = await fetch('/api/v1/auth/dev-users', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      return res.status === 200 ? ((await res.json()) as DevUser[]) : null;
    },
    staleTime: 300_000,
    retry: false,
  });
  const signIn = useMutation({
    mutationFn: (username: string) => send('/api/v1/auth/dev-login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, cookie: true }) }),
    // A whole new page: the session, the CSRF token and every cached answer start afresh for the new user.
    onSuccess: () => window.location.assign(returnTo),
  });
  if (!users.data) return null;
  const rest = users.data.filter((u) => !GROUPS.some((g) => g.match(u)));
  const groups = [...GROUPS.map((g) => ({ key: g.key, users: users.data!.filter(g.match) })), { key: 'others', users: rest }].filter((g) => g.users.length > 0);
  return (
    <section aria-labelledby="dev-title" style={{ marginTop: 32 }}>
      <h2 id="dev-title">{t('dev.title')}</h2>
      <p className="notice notice--warning">{t('dev.warning')}</p>
      {signIn.isError && <Problem error={signIn.error} />}
      {signIn.isPending && <p role="status">{t('dev.signingIn')}</p>}
      {groups.map((g) =>
        g.key === 'citizens' ? (
          <div key={g.key}>
            <h3>{t(`dev.${g.key}`)}</h3>
            <ul className="dev-users">
              {g.users.map((u) => (
                <li key={u.username}>
                  <button type="button" className="button button--secondary" disabled={signIn.isPending} onClick={() => signIn.mutate(u.username)}>
                    {t('dev.as', { name: pick(u.displayName, lang) })}
                  </button>
                  <span className="hint">
                    {u.username} · {u.roles.map((r) => t(`dev.role.${r}`, { defaultValue: r })).join(', ')}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <StaffPicker key={g.key} title={t(`dev.${g.key}`)} id={`dev-${g.key}`} users={g.users} busy={signIn.isPending} onPick={(username) => signIn.mutate(username)} />
        ),
      )}
    </section>
  );
}

/** Staff are many (every office has officers and approvers): one labelled list to choose from, then sign in. */
function StaffPicker({ title, id, users, busy, onPick }: { title: string; id: string; users: DevUser[]; busy: boolean; onPick: (username: string) => void }) {
  const { t, i18n } = useTranslation('signin');
  const lang = i18n.language;
  const [chosen, setChosen] = useState(users[0]?.username ?? '');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen) onPick(chosen);
      }}
    >
      <h3>{title}</h3>
      <div className="form-group">
        <label htmlFor={id}>{t('dev.choose')}</label>
        <select id={id} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          {users.map((u) => (
            <option key={u.username} value={u.username}>
              {pick(u.displayName, lang)} · {u.roles.map((r) => t(`dev.role.${r}`, { defaultValue: r })).join(', ')} · {u.agency ? pick(u.agency.name, lang) : '–'}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary" disabled={busy}>
        {t('title')}
        <span className="visually-hidden"> ({title})</span>
      </button>
    </form>
  );
}
