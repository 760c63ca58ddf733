import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@bizportal/database';

/** The queue filter a saved view keeps: the GET /work-queue query without cursor and limit. */
export interface SavedQueueFilter {
  mine?: boolean;
  unassigned?: boolean;
  overdue?: boolean;
  dueSoon?: boolean;
  status?: string;
  licenceType?: string;
  subdistrict?: string;
  assignee?: string;
  kind?: string;
}

/** A staff member's named queue filter; names are unique per user. */
@Entity('work_queue_views')
export class WorkQueueViewEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 64 })
  userId: string;

  @Column({ type: 'varchar', length: 240 })
  name: string;

  @Column({ type: 'simple-json' })
  filter: SavedQueueFilter;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt: Date;
}
