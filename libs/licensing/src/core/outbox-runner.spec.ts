import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { getRepositoryToken } from '@nestjs/typeorm';
import { TransactionRunner } from '@bizportal/database';
import { OutboxEntity } from './application.entities';
import { OutboxEffect, OutboxRunner, type EffectExecutor } from './outbox-runner';

@OutboxEffect('notify')
@Injectable()
class InTransaction implements EffectExecutor {
  async execute(): Promise<void> {}
}

@OutboxEffect('issue-licence')
@Injectable()
class OnItsOwn implements EffectExecutor {
  async run(): Promise<void> {}
}

@OutboxEffect('notify')
@Injectable()
class SecondNotify implements EffectExecutor {
  async execute(): Promise<void> {}
}

@OutboxEffect('request-payment')
@Injectable()
class Both implements EffectExecutor {
  async execute(): Promise<void> {}
  async run(): Promise<void> {}
}

/** The runner finds its executors by their @OutboxEffect mark; nothing registers itself. */
describe('OutboxRunner executor discovery', () => {
  const runnerWith = async (...executors: (new () => EffectExecutor)[]) => {
    const module = await Test.createTestingModule({
      imports: [DiscoveryModule],
      providers: [
        OutboxRunner,
        ...executors,
        { provide: getRepositoryToken(OutboxEntity), useValue: {} },
        { provide: TransactionRunner, useValue: {} },
        { provide: ConfigService, useValue: new ConfigService({ OUTBOX_RUNNER_ENABLED: false }) },
      ],
    }).compile();
    return { runner: module.get(OutboxRunner), init: () => module.init() };
  };
  const typesOf = (runner: OutboxRunner) => [...(runner as unknown as { executors: Map<string, EffectExecutor> }).executors.keys()].sort();

  it('knows every marked provider by the effect it names', async () => {
    const { runner, init } = await runnerWith(InTransaction, OnItsOwn);
    await init();
    expect(typesOf(runner)).toEqual(['issue-licence', 'notify']);
  });

  it('refuses to start with two executors for one effect, or one that both executes and runs', async () => {
    await expect((await runnerWith(InTransaction, SecondNotify)).init()).rejects.toThrow('Two executors for the outbox effect notify');
    await expect((await runnerWith(Both)).init()).rejects.toThrow('Executor of request-payment must implement exactly one of execute and run');
  });
});
