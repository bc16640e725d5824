namespace InteractionAnalytics.Storage.Migrations;

/// <summary>
/// The schema, as migrations. Types are chosen to mean the same on SQLite and PostgreSQL
/// (TEXT, BIGINT, INTEGER, DOUBLE PRECISION); only the identity columns and <c>COLLATE NOCASE</c> differ, and
/// <see cref="Dialects.SqlDialect.TranslateSchema"/> substitutes them, so this one list, written for SQLite, serves
/// PostgreSQL too. Timestamps are ISO 8601 text: <c>*_at</c> as the export gave them (with offset) and
/// <c>started_at_utc</c> in UTC with a fixed width, so text order is time order.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "contacts, transcripts, ingest runs and rejects", """
            CREATE TABLE ingest_runs (
                run_id INTEGER PRIMARY KEY,
                source TEXT NOT NULL,
                options TEXT NOT NULL,
                started_at TEXT NOT NULL,
                ended_at TEXT NULL,
                status TEXT NOT NULL,
                contacts_read BIGINT NOT NULL DEFAULT 0,
                contacts_inserted BIGINT NOT NULL DEFAULT 0,
                contacts_updated BIGINT NOT NULL DEFAULT 0,
                contacts_unchanged BIGINT NOT NULL DEFAULT 0,
                contacts_rejected BIGINT NOT NULL DEFAULT 0,
                transcripts_read BIGINT NOT NULL DEFAULT 0,
                transcripts_inserted BIGINT NOT NULL DEFAULT 0,
                transcripts_updated BIGINT NOT NULL DEFAULT 0,
                transcripts_unchanged BIGINT NOT NULL DEFAULT 0,
                transcripts_rejected BIGINT NOT NULL DEFAULT 0,
                records_read BIGINT NOT NULL DEFAULT 0,
                records_stored BIGINT NOT NULL DEFAULT 0,
                records_rejected BIGINT NOT NULL DEFAULT 0,
                error TEXT NULL
            );

            CREATE TABLE contacts (
                call_id TEXT NOT NULL PRIMARY KEY,
                customer_id TEXT NULL,
                agent_id TEXT NULL,
                team TEXT NULL,
                queue TEXT NULL,
                channel TEXT NOT NULL,
                direction TEXT NOT NULL,
                started_at TEXT NOT NULL,
                started_at_utc TEXT NOT NULL,
                start_date TEXT NOT NULL,
                answered_at TEXT NULL,
                ended_at TEXT NOT NULL,
                ivr_seconds DOUBLE PRECISION NULL,
                queue_seconds DOUBLE PRECISION NULL,
                talk_seconds DOUBLE PRECISION NOT NULL,
                hold_seconds DOUBLE PRECISION NOT NULL,
                hold_count INTEGER NOT NULL,
                acw_seconds DOUBLE PRECISION NOT NULL,
                handle_seconds DOUBLE PRECISION NOT NULL,
                transfer_count INTEGER NOT NULL,
                abandoned INTEGER NOT NULL,
                disposition TEXT NULL,
                source_file TEXT NOT NULL,
                source_line BIGINT NOT NULL,
                content_hash TEXT NOT NULL,
                first_run_id BIGINT NOT NULL REFERENCES ingest_runs (run_id),
                last_run_id BIGINT NOT NULL REFERENCES ingest_runs (run_id)
            );
            CREATE INDEX ix_contacts_start_date ON contacts (start_date);
            CREATE INDEX ix_contacts_customer ON contacts (customer_id, started_at_utc);
            CREATE INDEX ix_contacts_agent ON contacts (agent_id, start_date);

            CREATE TABLE transcripts (
                call_id TEXT NOT NULL PRIMARY KEY REFERENCES contacts (call_id) ON DELETE CASCADE,
                language TEXT NULL,
                format TEXT NOT NULL,
                source_file TEXT NOT NULL,
                turn_count INTEGER NOT NULL,
                content_hash TEXT NOT NULL,
                last_run_id BIGINT NOT NULL REFERENCES ingest_runs (run_id)
            );

            CREATE TABLE transcript_turns (
                call_id TEXT NOT NULL REFERENCES transcripts (call_id) ON DELETE CASCADE,
                turn_index INTEGER NOT NULL,
                speaker TEXT NOT NULL,
                start_seconds DOUBLE PRECISION NULL,
                end_seconds DOUBLE PRECISION NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (call_id, turn_index)
            );

            CREATE TABLE rejects (
                reject_id INTEGER PRIMARY KEY,
                run_id BIGINT NOT NULL REFERENCES ingest_runs (run_id),
                source TEXT NOT NULL,
                file TEXT NOT NULL,
                line BIGINT NULL,
                record_key TEXT NULL,
                reason TEXT NOT NULL,
                raw TEXT NULL
            );
            CREATE INDEX ix_rejects_source ON rejects (source);
            CREATE INDEX ix_rejects_run ON rejects (run_id);
            """),
            new(2, "contact classifications and supervisors' corrections", """
            CREATE TABLE contact_classifications (
                call_id TEXT NOT NULL PRIMARY KEY REFERENCES contacts (call_id) ON DELETE CASCADE,
                intent TEXT NOT NULL,
                intent_confidence DOUBLE PRECISION NOT NULL,
                root_cause TEXT NOT NULL,
                root_cause_confidence DOUBLE PRECISION NOT NULL,
                evidence TEXT NOT NULL,
                model_version TEXT NOT NULL,
                needs_review INTEGER NOT NULL,
                review_reason TEXT NULL,
                run_id BIGINT NOT NULL REFERENCES ingest_runs (run_id)
            );
            CREATE INDEX ix_classifications_intent ON contact_classifications (intent);
            CREATE INDEX ix_classifications_root_cause ON contact_classifications (root_cause);
            CREATE INDEX ix_classifications_review ON contact_classifications (needs_review);

            CREATE TABLE classification_corrections (
                correction_id INTEGER PRIMARY KEY,
                call_id TEXT NOT NULL REFERENCES contacts (call_id) ON DELETE CASCADE,
                intent TEXT NULL,
                root_cause TEXT NULL,
                previous_intent TEXT NULL,
                previous_root_cause TEXT NULL,
                reason TEXT NOT NULL,
                corrected_by TEXT NOT NULL,
                corrected_at TEXT NOT NULL
            );
            CREATE INDEX ix_corrections_call ON classification_corrections (call_id, correction_id);
            """),
            new(3, "repeat outcomes and contact chains", """
            CREATE TABLE contact_outcomes (
                call_id TEXT NOT NULL PRIMARY KEY REFERENCES contacts (call_id) ON DELETE CASCADE,
                outcome TEXT NOT NULL,
                next_call_id TEXT NULL,
                seconds_to_next DOUBLE PRECISION NULL,
                chain_id TEXT NULL,
                chain_position INTEGER NULL,
                window_elapsed INTEGER NOT NULL,
                window_seconds DOUBLE PRECISION NOT NULL,
                same_intent INTEGER NOT NULL,
                horizon_utc TEXT NOT NULL,
                run_id BIGINT NOT NULL REFERENCES ingest_runs (run_id)
            );
            CREATE INDEX ix_outcomes_outcome ON contact_outcomes (outcome);
            CREATE INDEX ix_outcomes_chain ON contact_outcomes (chain_id, chain_position);
            """),
            new(4, "conversation measures: sentiment, dynamics, resolution from the transcript", """
            CREATE TABLE conversation_measures (
                call_id TEXT NOT NULL PRIMARY KEY REFERENCES contacts (call_id) ON DELETE CASCADE,
                sentiment_analyzer TEXT NOT NULL,
                turn_sentiments TEXT NOT NULL,
                customer_sentiment_start DOUBLE PRECISION NULL,
                customer_sentiment_end DOUBLE PRECISION NULL,
                customer_sentiment_change DOUBLE PRECISION NULL,
                customer_sentiment_mean DOUBLE PRECISION NULL,
                dynamics_status TEXT NOT NULL,
                conversation_seconds DOUBLE PRECISION NULL,
                agent_talk_seconds DOUBLE PRECISION NULL,
                customer_talk_seconds DOUBLE PRECISION NULL,
                agent_talk_share DOUBLE PRECISION NULL,
                hold_seconds DOUBLE PRECISION NULL,
                silence_seconds DOUBLE PRECISION NULL,
                silence_count INTEGER NULL,
                longest_silence_seconds DOUBLE PRECISION NULL,
                talk_over_count INTEGER NULL,
                talk_over_seconds DOUBLE PRECISION NULL,
                first_agent_answer_seconds DOUBLE PRECISION NULL,
                resolution TEXT NOT NULL,
                resolution_confidence DOUBLE PRECISION NOT NULL,
                resolution_evidence TEXT NOT NULL,
                run_id BIGINT NOT NULL REFERENCES ingest_runs (run_id)
            );
            CREATE INDEX ix_measures_resolution ON conversation_measures (resolution);
            """),
            new(5, "speaker roles: labels per turn, role assignments with confidence, supervisors' role corrections", """
            ALTER TABLE transcript_turns ADD COLUMN speaker_label TEXT NULL;
            ALTER TABLE transcripts ADD COLUMN role_confidence DOUBLE PRECISION NULL;
            ALTER TABLE transcripts ADD COLUMN roles_need_review INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE transcripts ADD COLUMN role_review_reason TEXT NULL;
            CREATE INDEX ix_transcripts_roles_review ON transcripts (roles_need_review);

            CREATE TABLE speaker_roles (
                call_id TEXT NOT NULL REFERENCES transcripts (call_id) ON DELETE CASCADE,
                speaker_label TEXT NOT NULL,
                role TEXT NOT NULL,
                method TEXT NOT NULL,
                confidence DOUBLE PRECISION NOT NULL,
                evidence TEXT NOT NULL,
                PRIMARY KEY (call_id, speaker_label)
            );

            CREATE TABLE speaker_role_corrections (
                correction_id INTEGER PRIMARY KEY,
                call_id TEXT NOT NULL REFERENCES contacts (call_id) ON DELETE CASCADE,
                speaker_label TEXT NOT NULL,
                role TEXT NOT NULL,
                previous_role TEXT NULL,
                reason TEXT NOT NULL,
                corrected_by TEXT NOT NULL,
                corrected_at TEXT NOT NULL
            );
            CREATE INDEX ix_role_corrections_call ON speaker_role_corrections (call_id, correction_id);
            """),
            new(6, "call audio: voice activity and talk/silence/talk-over/hold per recording, disagreements with the transcript", """
            CREATE TABLE audio_measures (
                call_id TEXT NOT NULL PRIMARY KEY REFERENCES contacts (call_id) ON DELETE CASCADE,
                source_file TEXT NOT NULL,
                codec TEXT NOT NULL,
                encoding TEXT NOT NULL,
                sample_rate INTEGER NOT NULL,
                channels INTEGER NOT NULL,
                is_stereo INTEGER NOT NULL,
                duration_seconds DOUBLE PRECISION NOT NULL,
                speech_seconds DOUBLE PRECISION NOT NULL,
                conversation_seconds DOUBLE PRECISION NULL,
                agent_talk_seconds DOUBLE PRECISION NULL,
                customer_talk_seconds DOUBLE PRECISION NULL,
                agent_talk_share DOUBLE PRECISION NULL,
                silence_seconds DOUBLE PRECISION NULL,
                silence_count INTEGER NULL,
                longest_silence_seconds DOUBLE PRECISION NULL,
                talk_over_count INTEGER NULL,
                talk_over_seconds DOUBLE PRECISION NULL,
                first_agent_answer_seconds DOUBLE PRECISION NULL,
                hold_seconds DOUBLE PRECISION NULL,
                hold_count INTEGER NULL,
                segments TEXT NOT NULL,
                possible_holds TEXT NOT NULL,
                warnings TEXT NOT NULL,
                compared_with_transcript INTEGER NOT NULL,
                disagreement_count INTEGER NOT NULL,
                disagreements TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                last_run_id BIGINT NOT NULL REFERENCES ingest_runs (run_id)
            );
            CREATE INDEX ix_audio_disagreements ON audio_measures (disagreement_count);

            ALTER TABLE ingest_runs ADD COLUMN audio_read BIGINT NOT NULL DEFAULT 0;
            ALTER TABLE ingest_runs ADD COLUMN audio_inserted BIGINT NOT NULL DEFAULT 0;
            ALTER TABLE ingest_runs ADD COLUMN audio_updated BIGINT NOT NULL DEFAULT 0;
            ALTER TABLE ingest_runs ADD COLUMN audio_unchanged BIGINT NOT NULL DEFAULT 0;
            ALTER TABLE ingest_runs ADD COLUMN audio_rejected BIGINT NOT NULL DEFAULT 0;
            """),
            new(7, "web app: users with roles and hashed passwords, the audit log of every change", """
            CREATE TABLE users (
                user_id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                role TEXT NOT NULL,
                agent_id TEXT NULL,
                password_hash TEXT NOT NULL,
                created_at TEXT NOT NULL,
                disabled INTEGER NOT NULL DEFAULT 0
            );

            CREATE TABLE audit_log (
                audit_id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                user_name TEXT NOT NULL,
                action TEXT NOT NULL,
                entity TEXT NOT NULL,
                entity_key TEXT NOT NULL,
                before_json TEXT NULL,
                after_json TEXT NULL,
                reason TEXT NULL
            );
            CREATE INDEX ix_audit_entity ON audit_log (entity, entity_key, audit_id);
            """),
            new(8, "review: the root cause the model and the phrase rules would each give alone, flagged when they disagree; low confidence as its own flag", """
            ALTER TABLE contact_classifications ADD COLUMN model_root_cause TEXT NULL;
            ALTER TABLE contact_classifications ADD COLUMN rule_root_cause TEXT NULL;
            ALTER TABLE contact_classifications ADD COLUMN rules_disagree INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE contact_classifications ADD COLUMN low_confidence INTEGER NOT NULL DEFAULT 0;
            UPDATE contact_classifications SET low_confidence = needs_review;
            """),
            new(9, "QA: evaluations of contacts against a configured form, their answers (automatic and adjusted)", """
            CREATE TABLE qa_evaluations (
                evaluation_id INTEGER PRIMARY KEY,
                call_id TEXT NOT NULL REFERENCES contacts (call_id) ON DELETE CASCADE,
                agent_id TEXT NULL,
                form_id TEXT NOT NULL,
                form_version TEXT NOT NULL,
                form_json TEXT NOT NULL,
                status TEXT NOT NULL,
                score DOUBLE PRECISION NULL,
                raw_score DOUBLE PRECISION NULL,
                critical_failed INTEGER NOT NULL DEFAULT 0,
                comment TEXT NULL,
                evaluator TEXT NOT NULL,
                created_at TEXT NOT NULL,
                submitted_at TEXT NULL
            );
            CREATE INDEX ix_qa_evaluations_call ON qa_evaluations (call_id, evaluation_id);
            CREATE INDEX ix_qa_evaluations_agent ON qa_evaluations (agent_id, status);

            CREATE TABLE qa_answers (
                evaluation_id BIGINT NOT NULL REFERENCES qa_evaluations (evaluation_id) ON DELETE CASCADE,
                question_id TEXT NOT NULL,
                answer TEXT NOT NULL,
                auto_answer TEXT NULL,
                auto_evidence TEXT NULL,
                adjusted INTEGER NOT NULL DEFAULT 0,
                points DOUBLE PRECISION NOT NULL,
                max_points DOUBLE PRECISION NOT NULL,
                comment TEXT NULL,
                PRIMARY KEY (evaluation_id, question_id)
            );
            """),
            new(10, "coaching: items flagged for an agent (from QA, root cause or by hand) and coaches' notes", """
            CREATE TABLE coaching_items (
                item_id INTEGER PRIMARY KEY,
                agent_id TEXT NOT NULL,
                call_id TEXT NULL REFERENCES contacts (call_id) ON DELETE SET NULL,
                reason_kind TEXT NOT NULL,
                reason TEXT NOT NULL,
                source_key TEXT NOT NULL UNIQUE,
                status TEXT NOT NULL,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL,
                closed_by TEXT NULL,
                closed_at TEXT NULL
            );
            CREATE INDEX ix_coaching_items_status ON coaching_items (status, item_id);
            CREATE INDEX ix_coaching_items_agent ON coaching_items (agent_id, status, item_id);
            CREATE INDEX ix_coaching_items_call ON coaching_items (call_id);

            CREATE TABLE coaching_notes (
                note_id INTEGER PRIMARY KEY,
                item_id BIGINT NOT NULL REFERENCES coaching_items (item_id) ON DELETE CASCADE,
                author TEXT NOT NULL,
                at TEXT NOT NULL,
                text TEXT NOT NULL
            );
            CREATE INDEX ix_coaching_notes_item ON coaching_notes (item_id, note_id);
            """),
            new(11, "PII redaction: values replaced per run, by kind (docs/privacy.md)", """
            ALTER TABLE ingest_runs ADD COLUMN redacted_cards BIGINT NOT NULL DEFAULT 0;
            ALTER TABLE ingest_runs ADD COLUMN redacted_ssns BIGINT NOT NULL DEFAULT 0;
            ALTER TABLE ingest_runs ADD COLUMN redacted_phones BIGINT NOT NULL DEFAULT 0;
            ALTER TABLE ingest_runs ADD COLUMN redacted_emails BIGINT NOT NULL DEFAULT 0;
            ALTER TABLE ingest_runs ADD COLUMN redacted_numbers BIGINT NOT NULL DEFAULT 0;
            """),
    ];
}
