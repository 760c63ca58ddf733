import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';
import { isOfficeStaff, isSystemAdmin, isWorkflowAdmin, useSession, useSignOut } from '../lib/session';
import { Loading } from './Feedback';
import { NotificationBell } from './NotificationBell';

export function Layout() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const user = session.data;

  // A new page: close the phone menu and move focus to the top, so screen readers start at the new page. Not on the
  // first page: there the browser starts at the top already, and the first Tab must reach the skip link.
  const shownPath = useRef(location.pathname);
  useEffect(() => {
    setMenuOpen(false);
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    document.getElementById('main-content')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  const other = i18n.language === 'en' ? 'th' : 'en';
  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('skipToContent')}
      </a>
      <header className="header">
        <div className="header__inner width-container">
          <Link to="/" className="header__brand">
            <span className="header__name">{t('portal.name')}</span>
            <span className="header__subtitle">{t('portal.subtitle')}</span>
          </Link>
          <div className="header__tools">
            {user && <NotificationBell />}
            <button type="button" className="link-button header__language" lang={other} aria-label={t('language.switchLabel')} onClick={() => setLanguage(other)}>
              {t('language.switchTo')}
            </button>
            <button type="button" className="link-button header__menu-toggle" aria-expanded={menuOpen} aria-controls="main-nav" onClick={() => setMenuOpen(!menuOpen)}>
              {t('nav.menu')}
            </button>
          </div>
        </div>
        <nav id="main-nav" className={'nav' + (menuOpen ? ' nav--open' : '')} aria-label={t('nav.label')}>
          <ul className="nav__list width-container">
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/businesses">{t('nav.businesses')}</NavLink>
            </li>
            <li>
              <NavLink to="/track">{t('nav.track')}</NavLink>
            </li>
            <li>
              <NavLink to="/verification">{t('nav.verify')}</NavLink>
            </li>
            {isOfficeStaff(user) && (
              <li>
                <NavLink to="/office">{t('nav.office')}</NavLink>
              </li>
            )}
            {isWorkflowAdmin(user) && (
              <li>
                <NavLink to="/studio">{t('nav.studio')}</NavLink>
              </li>
            )}
            {isSystemAdmin(user) && (
              <li>
                <NavLink to="/studio/offices">{t('nav.offices')}</NavLink>
              </li>
            )}
            {user && !isOfficeStaff(user) && !isSystemAdmin(user) && !isWorkflowAdmin(user) && (
              <>
                <li>
                  <NavLink to="/applications">{t('nav.myApplications')}</NavLink>
                </li>
                <li>
                  <NavLink to="/licences">{t('nav.myLicences')}</NavLink>
                </li>
                <li>
                  <NavLink to="/complaints">{t('nav.myComplaints')}</NavLink>
                </li>
              </>
            )}
            <li className="nav__account">
              {user ? (
                <>
                  <span className="nav__user">{t('nav.signedInAs', { name: user.displayName ?? user.username ?? '' })}</span>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/') })}
                  >
                    {t('nav.signOut')}
                  </button>
                </>
              ) : (
                <NavLink to="/sign-in">{t('nav.signIn')}</NavLink>
              )}
            </li>
          </ul>
        </nav>
      </header>
      <main id="main-content" className="main width-container" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer">
        <div className="width-container">
          <p>{t('footer.about')}</p>
          <ul className="footer__links">
            <li>
              <Link to="/statistics">{t('footer.statistics')}</Link>
            </li>
            <li>
              <Link to="/complaints/new">{t('footer.reportProblem')}</Link>
            </li>
            <li>
              <Link to="/complaints/status">{t('footer.followComplaint')}</Link>
            </li>
            <li>
              <Link to="/hearings">{t('footer.hearings')}</Link>
            </li>
            <li>
              <Link to="/privacy">{t('footer.privacy')}</Link>
            </li>
            <li>
              <Link to="/accessibility">{t('footer.accessibility')}</Link>
            </li>
            <li>
              <a href="/docs">{t('footer.apiDocs')}</a>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
