import http from 'node:http';
import net from 'node:net';
import type { Duplex } from 'node:stream';

/**
 * An `http.Agent` that sends connections for chosen host names to a local port.
 *
 * Why: the official `omise` npm client (1.1.0) has no port option — `host: '127.0.0.1:12111'` fails with ENOTFOUND —
 * and it passes no agent of its own, so its requests go through `http.globalAgent`. Give the client a made-up host
 * (`host: 'omise-mock.localhost', vaultHost: 'omise-mock.localhost', scheme: 'http'`) and let this agent carry
 * connections for that host to the local gateway, e.g. the Omise mock on 127.0.0.1:12111. Every other host name gets
 * the normal connection (`net.createConnection`, with DNS), so the agent is safe to install as `http.globalAgent`.
 *
 * Only plain HTTP: the local gateway speaks HTTP, and a TLS client would reject its certificate anyway.
 */
export interface LocalGatewayAgentOptions extends Omit<http.AgentOptions, 'host' | 'port'> {
  /** Host name(s) to redirect, e.g. 'omise-mock.localhost'. Matched case-insensitively, whatever the port asked for. */
  host: string | readonly string[];
  /** Local port of the gateway. */
  port: number;
  /** Address to connect to instead; default 127.0.0.1. */
  targetHost?: string;
}

export class LocalGatewayAgent extends http.Agent {
  readonly hosts: ReadonlySet<string>;
  readonly targetHost: string;
  readonly targetPort: number;

  /**
   * Without options the agent redirects nothing and is a plain `http.Agent`: Node builds one that way
   * (`new globalAgent.constructor()`) for every request made with `agent: false` while this agent is the global one.
   */
  constructor(options?: LocalGatewayAgentOptions) {
    if (options === undefined) {
      super();
      this.hosts = new Set();
      this.targetHost = '127.0.0.1';
      this.targetPort = 0;
      return;
    }
    const { host, port, targetHost, ...agentOptions } = options;
    super(agentOptions);
    const hosts = (typeof host === 'string' ? [host] : [...host]).map(normalizeHost).filter((name) => name.length > 0);
    if (hosts.length === 0) throw new Error('LocalGatewayAgent: at least one host name to redirect is required');
    if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`LocalGatewayAgent: invalid port ${String(port)}`);
    this.hosts = new Set(hosts);
    this.targetHost = targetHost ?? '127.0.0.1';
    this.targetPort = port;
  }

  /** Whether a request for this host name is sent to the local gateway. */
  redirects(hostname: string | null | undefined): boolean {
    return typeof hostname === 'string' && this.hosts.has(normalizeHost(hostname));
  }

  override createConnection(
    options: http.ClientRequestArgs,
    callback?: (err: Error | null, stream: Duplex) => void,
  ): Duplex | null | undefined {
    // http.Agent hands over `host` already taken from `hostname || host`; check both to be safe.
    if (!this.redirects(options.hostname ?? options.host)) return super.createConnection(options, callback);
    // A fresh option object: the request's own fields (its path, servername, lookup…) must not reach net.connect.
    // Returning the socket is enough (http.Agent then calls its own callback); errors reach the request's 'error'.
    return net.createConnection({
      host: this.targetHost,
      port: this.targetPort,
      ...(options.localAddress ? { localAddress: options.localAddress } : {}),
      ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
    });
  }
}

function normalizeHost(name: string): string {
  // Lower case, no trailing dot, no port, no IPv6 brackets.
  let host = name.trim().toLowerCase();
  const bracketed = /^\[([^\]]*)\](?::\d+)?$/.exec(host);
  if (bracketed) host = bracketed[1];
  else if (/^[^:]+:\d+$/.test(host)) host = host.slice(0, host.indexOf(':'));
  return host.replace(/\.$/, '');
}

/**
 * Installs `agent` as `http.globalAgent` and returns a function that puts the previous one back (and destroys the
 * agent's idle sockets). For tests that drive the official `omise` client against the mock.
 */
export function installGlobalAgent(agent: http.Agent): () => void {
  const previous = http.globalAgent;
  http.globalAgent = agent;
  return () => {
    http.globalAgent = previous;
    agent.destroy();
  };
}
