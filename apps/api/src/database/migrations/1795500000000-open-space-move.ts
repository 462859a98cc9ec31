import type { MigrationInterface, QueryRunner } from 'typeorm';
import { functionSql } from '../functions/function-sql.js';

/**
 * A room move in one statement, the open_space_move function: its text and
 * its rules are in database/functions/open_space_move.v1.sql.
 */
export class OpenSpaceMove1795500000000 implements MigrationInterface {
  name = 'OpenSpaceMove1795500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(functionSql('open_space_move.v1'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION open_space_move(uuid, uuid, uuid, double precision, text)`);
  }
}
