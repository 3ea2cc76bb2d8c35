"""Initial schema: articles, their annotations, ingestion runs and failures.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 13:33:20.433318
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('articles',
        sa.Column('id', sa.String(), nullable=False),
        sa.Column('title', sa.Text(), nullable=True),
        sa.Column('date', sa.String(), nullable=True),
        sa.Column('url', sa.Text(), nullable=True),
        sa.Column('outlet', sa.String(), nullable=True),
        sa.Column('author', sa.Text(), nullable=True),
        sa.Column('photo_credit', sa.Text(), nullable=True),
        sa.Column('related', sa.JSON(), nullable=False),
        sa.Column('source', sa.Text(), nullable=True),
        sa.Column('format', sa.String(), nullable=True),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('paragraphs', sa.JSON(), nullable=False),
        sa.Column('meta', sa.JSON(), nullable=False),
        sa.Column('content_hash', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_articles'))
    )
    op.create_index(op.f('ix_articles_content_hash'), 'articles', ['content_hash'])
    op.create_index(op.f('ix_articles_date'), 'articles', ['date'])
    op.create_index(op.f('ix_articles_outlet'), 'articles', ['outlet'])

    op.create_table('ingestion_runs',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('started_at', sa.DateTime(), nullable=False),
        sa.Column('finished_at', sa.DateTime(), nullable=True),
        sa.Column('args', sa.JSON(), nullable=False),
        sa.Column('counts', sa.JSON(), nullable=True),
        sa.Column('status', sa.String(), nullable=False),
        sa.Column('resumed_from', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['resumed_from'], ['ingestion_runs.id'], name=op.f('fk_ingestion_runs_resumed_from_ingestion_runs'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_ingestion_runs'))
    )
    op.create_index(op.f('ix_ingestion_runs_status'), 'ingestion_runs', ['status'])

    op.create_table('actor_mentions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('article_id', sa.String(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('start', sa.Integer(), nullable=False),
        sa.Column('end', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(), nullable=False),
        sa.Column('canonical', sa.Text(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('kind', sa.String(), nullable=False),
        sa.Column('role', sa.String(), nullable=True),
        sa.Column('country', sa.String(), nullable=True),
        sa.Column('sector', sa.String(), nullable=True),
        sa.Column('actor_id', sa.String(), nullable=True),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_actor_mentions_article_id_articles'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_actor_mentions')),
        sa.UniqueConstraint('article_id', 'position', name=op.f('uq_actor_mentions_article_id_position'))
    )
    op.create_index(op.f('ix_actor_mentions_code'), 'actor_mentions', ['code'])
    op.create_index(op.f('ix_actor_mentions_country'), 'actor_mentions', ['country'])

    op.create_table('claims',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('article_id', sa.String(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('content_start', sa.Integer(), nullable=False),
        sa.Column('content_end', sa.Integer(), nullable=False),
        sa.Column('holder', sa.Text(), nullable=False),
        sa.Column('stance', sa.String(), nullable=False),
        sa.Column('cue_start', sa.Integer(), nullable=True),
        sa.Column('cue_end', sa.Integer(), nullable=True),
        sa.Column('holder_code', sa.String(), nullable=True),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_claims_article_id_articles'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_claims')),
        sa.UniqueConstraint('article_id', 'position', name=op.f('uq_claims_article_id_position'))
    )
    op.create_index(op.f('ix_claims_holder_code'), 'claims', ['holder_code'])
    op.create_index(op.f('ix_claims_stance'), 'claims', ['stance'])

    op.create_table('events',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('article_id', sa.String(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('type', sa.String(), nullable=False),
        sa.Column('mode', sa.String(), nullable=True),
        sa.Column('cameo', sa.String(), nullable=True),
        sa.Column('quad', sa.Integer(), nullable=True),
        sa.Column('goldstein', sa.Double(), nullable=True),
        sa.Column('evidence_start', sa.Integer(), nullable=False),
        sa.Column('evidence_end', sa.Integer(), nullable=False),
        sa.Column('trigger_start', sa.Integer(), nullable=True),
        sa.Column('trigger_end', sa.Integer(), nullable=True),
        sa.Column('extra_evidence', sa.JSON(), nullable=False),
        sa.Column('source_text', sa.Text(), nullable=True),
        sa.Column('source_code', sa.String(), nullable=True),
        sa.Column('source_canonical', sa.Text(), nullable=True),
        sa.Column('source_start', sa.Integer(), nullable=True),
        sa.Column('source_end', sa.Integer(), nullable=True),
        sa.Column('target_text', sa.Text(), nullable=True),
        sa.Column('target_code', sa.String(), nullable=True),
        sa.Column('target_canonical', sa.Text(), nullable=True),
        sa.Column('target_start', sa.Integer(), nullable=True),
        sa.Column('target_end', sa.Integer(), nullable=True),
        sa.Column('negated', sa.Boolean(), nullable=False),
        sa.Column('hypothetical', sa.Boolean(), nullable=False),
        sa.Column('reported_by', sa.Text(), nullable=True),
        sa.Column('location', sa.Text(), nullable=True),
        sa.Column('place_start', sa.Integer(), nullable=True),
        sa.Column('place_end', sa.Integer(), nullable=True),
        sa.Column('place_name', sa.Text(), nullable=True),
        sa.Column('place_lat', sa.Double(), nullable=True),
        sa.Column('place_lon', sa.Double(), nullable=True),
        sa.Column('place_country', sa.String(), nullable=True),
        sa.Column('place_admin1', sa.String(), nullable=True),
        sa.Column('place_feature', sa.String(), nullable=True),
        sa.Column('place_geonameid', sa.Integer(), nullable=True),
        sa.Column('place_text', sa.Text(), nullable=True),
        sa.Column('place_metonym', sa.Boolean(), nullable=True),
        sa.Column('date', sa.String(), nullable=True),
        sa.Column('date_source', sa.String(), nullable=True),
        sa.Column('sentence', sa.Integer(), nullable=True),
        sa.Column('confidence', sa.Double(), nullable=False),
        sa.Column('rule', sa.String(), nullable=True),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_events_article_id_articles'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_events')),
        sa.UniqueConstraint('article_id', 'position', name=op.f('uq_events_article_id_position'))
    )
    op.create_index(op.f('ix_events_cameo'), 'events', ['cameo'])
    op.create_index(op.f('ix_events_date'), 'events', ['date'])
    op.create_index(op.f('ix_events_place_country'), 'events', ['place_country'])
    op.create_index(op.f('ix_events_quad'), 'events', ['quad'])
    op.create_index(op.f('ix_events_source_code'), 'events', ['source_code'])
    op.create_index(op.f('ix_events_target_code'), 'events', ['target_code'])
    op.create_index(op.f('ix_events_type'), 'events', ['type'])

    op.create_table('failures',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('run_id', sa.Integer(), nullable=True),
        sa.Column('article_id', sa.String(), nullable=True),
        sa.Column('source', sa.Text(), nullable=False),
        sa.Column('code', sa.String(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('stage', sa.String(), nullable=False),
        sa.Column('severity', sa.String(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_failures_article_id_articles'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['run_id'], ['ingestion_runs.id'], name=op.f('fk_failures_run_id_ingestion_runs'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_failures'))
    )
    op.create_index(op.f('ix_failures_article_id'), 'failures', ['article_id'])
    op.create_index(op.f('ix_failures_code'), 'failures', ['code'])
    op.create_index(op.f('ix_failures_run_id'), 'failures', ['run_id'])

    op.create_table('mentions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('article_id', sa.String(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('start', sa.Integer(), nullable=False),
        sa.Column('end', sa.Integer(), nullable=False),
        sa.Column('label', sa.String(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('spacy_label', sa.String(), nullable=False),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_mentions_article_id_articles'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_mentions')),
        sa.UniqueConstraint('article_id', 'position', name=op.f('uq_mentions_article_id_position'))
    )
    op.create_index(op.f('ix_mentions_label'), 'mentions', ['label'])

    op.create_table('places',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('article_id', sa.String(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('start', sa.Integer(), nullable=False),
        sa.Column('end', sa.Integer(), nullable=False),
        sa.Column('name', sa.Text(), nullable=False),
        sa.Column('lat', sa.Double(), nullable=True),
        sa.Column('lon', sa.Double(), nullable=True),
        sa.Column('country', sa.String(), nullable=True),
        sa.Column('admin1', sa.String(), nullable=True),
        sa.Column('feature', sa.String(), nullable=True),
        sa.Column('geonameid', sa.Integer(), nullable=True),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('metonym', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_places_article_id_articles'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_places')),
        sa.UniqueConstraint('article_id', 'position', name=op.f('uq_places_article_id_position'))
    )
    op.create_index(op.f('ix_places_country'), 'places', ['country'])

    op.create_table('quotes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('article_id', sa.String(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('content_start', sa.Integer(), nullable=False),
        sa.Column('content_end', sa.Integer(), nullable=False),
        sa.Column('content_parts', sa.JSON(), nullable=False),
        sa.Column('kind', sa.String(), nullable=False),
        sa.Column('speaker_start', sa.Integer(), nullable=True),
        sa.Column('speaker_end', sa.Integer(), nullable=True),
        sa.Column('speaker_text', sa.Text(), nullable=True),
        sa.Column('speaker_code', sa.String(), nullable=True),
        sa.Column('cue_start', sa.Integer(), nullable=True),
        sa.Column('cue_end', sa.Integer(), nullable=True),
        sa.Column('channel', sa.String(), nullable=True),
        sa.Column('channel_start', sa.Integer(), nullable=True),
        sa.Column('channel_end', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_quotes_article_id_articles'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_quotes')),
        sa.UniqueConstraint('article_id', 'position', name=op.f('uq_quotes_article_id_position'))
    )
    op.create_index(op.f('ix_quotes_speaker_code'), 'quotes', ['speaker_code'])

    op.create_table('sentences',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('article_id', sa.String(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('start', sa.Integer(), nullable=False),
        sa.Column('end', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_sentences_article_id_articles'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sentences')),
        sa.UniqueConstraint('article_id', 'position', name=op.f('uq_sentences_article_id_position'))
    )

    op.create_table('timexes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('article_id', sa.String(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('start', sa.Integer(), nullable=False),
        sa.Column('end', sa.Integer(), nullable=False),
        sa.Column('type', sa.String(), nullable=False),
        sa.Column('value', sa.String(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('anchor', sa.String(), nullable=True),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_timexes_article_id_articles'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_timexes')),
        sa.UniqueConstraint('article_id', 'position', name=op.f('uq_timexes_article_id_position'))
    )
    op.create_index(op.f('ix_timexes_value'), 'timexes', ['value'])


def downgrade() -> None:
    op.drop_table('timexes')
    op.drop_table('sentences')
    op.drop_table('quotes')
    op.drop_table('places')
    op.drop_table('mentions')
    op.drop_table('failures')
    op.drop_table('events')
    op.drop_table('claims')
    op.drop_table('actor_mentions')
    op.drop_table('ingestion_runs')
    op.drop_table('articles')
