/** Published after an application's state change has been committed. */
export class ApplicationTransitionedEvent {
  constructor(
    readonly applicationId: string,
    readonly eventType: string,
    readonly fromState: string,
    readonly toState: string,
    readonly effectCount: number,
    /** The outbox rows its transaction recorded (the step's effects and its participants'), now committed. */
    readonly outboxIds: readonly string[] = [],
  ) {}
}
