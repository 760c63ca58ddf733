import { redactingSerializers, redactUrl } from './log-redaction';

describe('request log redaction', () => {
  it('replaces the values of OpenID Connect secrets in a URL and keeps everything else', () => {
    expect(redactUrl('/api/v1/auth/digital-id/callback?code=abc&state=def&iss=http%3A%2F%2Fid')).toBe('/api/v1/auth/digital-id/callback?code=[redacted]&state=[redacted]&iss=http%3A%2F%2Fid');
    expect(redactUrl('https://id.example.go.th/auth?client_id=portal&nonce=n1&code_challenge=c1&code_challenge_method=S256&state=s1#x')).toBe(
      'https://id.example.go.th/auth?client_id=portal&nonce=[redacted]&code_challenge=[redacted]&code_challenge_method=S256&state=[redacted]#x',
    );
    expect(redactUrl('/api/v1/licence-types?q=code&xcode=1&statement=2')).toBe('/api/v1/licence-types?q=code&xcode=1&statement=2');
  });

  it('redacts the logged query and the Location header, leaving other entries alone', () => {
    expect(redactingSerializers.req({ method: 'GET', url: '/cb?code=1&state=2', query: { code: '1', state: '2', iss: 'x' } })).toEqual({
      method: 'GET',
      url: '/cb?code=[redacted]&state=[redacted]',
      query: { code: '[redacted]', state: '[redacted]', iss: 'x' },
    });
    expect(redactingSerializers.res({ statusCode: 302, headers: { location: 'https://id/auth?nonce=n&state=s', 'cache-control': 'no-store' } })).toEqual({
      statusCode: 302,
      headers: { location: 'https://id/auth?nonce=[redacted]&state=[redacted]', 'cache-control': 'no-store' },
    });
    const plain = { statusCode: 200, headers: { 'content-type': 'application/json' } };
    expect(redactingSerializers.res(plain)).toBe(plain);
  });
});
