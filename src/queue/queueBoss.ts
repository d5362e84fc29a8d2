import { PgBoss, type ConstructorOptions, type InsertOptions, type JobInsert, type Request, type SendOptions } from 'pg-boss';

/**
 * pg-boss with one addition: a queue's configured priority (`QUEUE_<QUEUE>_PRIORITY`) is the default
 * for every job sent to it, because pg-boss keeps priority per job only. An explicit `priority` on a
 * send wins. Everything else is pg-boss as it is.
 */
export class QueueBoss extends PgBoss {
  readonly #priorities: ReadonlyMap<string, number>;

  constructor(options: ConstructorOptions, priorities: ReadonlyMap<string, number>) {
    super(options);
    this.#priorities = new Map([...priorities].filter(([, priority]) => priority !== 0));
  }

  override send(request: Request): Promise<string | null>;
  override send(name: string, data?: object | null, options?: SendOptions): Promise<string | null>;
  override send(nameOrRequest: string | Request, data?: object | null, options?: SendOptions): Promise<string | null> {
    if (typeof nameOrRequest === 'string') return super.send(nameOrRequest, data, this.#withPriority(nameOrRequest, options));
    return super.send({ ...nameOrRequest, options: this.#withPriority(nameOrRequest.name, nameOrRequest.options) });
  }

  override insert(name: string, jobs: JobInsert[], options?: InsertOptions): Promise<string[] | null> {
    const priority = this.#priorities.get(name);
    if (priority === undefined) return super.insert(name, jobs, options);
    return super.insert(
      name,
      jobs.map((job) => (job.priority === undefined ? { ...job, priority } : job)),
      options,
    );
  }

  #withPriority(name: string, options: SendOptions | undefined): SendOptions | undefined {
    const priority = this.#priorities.get(name);
    if (priority === undefined || options?.priority !== undefined) return options;
    return { ...options, priority };
  }
}
