import { Agent, type AgentOptions } from 'node:http';
import { connect, createConnection, type NetConnectOpts, type Socket } from 'node:net';

/**
 * The official Omise client takes a host name but no port. For the local gateway we give it a
 * host name that is not on any network (`*.localhost`) and install this agent as Node's global
 * HTTP agent: connections for that one host go to the local gateway's port, every other
 * connection is made as usual.
 */
export class LocalGatewayAgent extends Agent {
  constructor(
    // Optional: Node builds `new globalAgent.constructor()` for requests made with `agent: false`.
    private readonly gateway?: { host: string; port: number; address?: string },
    options: AgentOptions = { keepAlive: true },
  ) {
    super(options);
    // Some clients (superagent) call createConnection detached from the agent.
    this.createConnection = this.createConnection.bind(this);
  }

  override createConnection(options: NetConnectOpts & { host?: string; hostname?: string }): Socket {
    const host = options.hostname ?? options.host;
    if (this.gateway && host === this.gateway.host) return connect({ host: this.gateway.address ?? '127.0.0.1', port: this.gateway.port });
    return createConnection(options);
  }
}
