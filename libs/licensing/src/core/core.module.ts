import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { HolidaysModule } from '../holidays/holidays.module';
import { ApplicationStore } from './application-store';
import { ApplicationEntity, ApplicationEventEntity, OutboxEntity } from './application.entities';
import { DueDates } from './due-dates';
import { Outbox } from './outbox';
import { OutboxDispatch, RunOutboxAfterTransition } from './outbox-dispatch';
import { OutboxRunner } from './outbox-runner';
import { WorkflowFacts } from './workflow-facts';
import { WorkflowTransitions } from './workflow-transitions';

/**
 * The licensing core: the only writer of applications, their history and the outbox. Feature modules
 * read and change applications through what it exports, and take part in transitions by declaring
 * @TransitionParticipant providers and @OutboxEffect executors, which it discovers at start.
 */
@Module({
  imports: [CqrsModule, DiscoveryModule, TypeOrmModule.forFeature([ApplicationEntity, ApplicationEventEntity, OutboxEntity]), CatalogueModule, HolidaysModule],
  providers: [ApplicationStore, WorkflowFacts, DueDates, WorkflowTransitions, OutboxRunner, OutboxDispatch, Outbox, RunOutboxAfterTransition],
  exports: [ApplicationStore, WorkflowFacts, DueDates, WorkflowTransitions, OutboxRunner, OutboxDispatch, Outbox, CatalogueModule, HolidaysModule],
})
export class CoreModule {}
