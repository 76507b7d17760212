"""The demo database: a fresh file with synthetic Japanese data (Faker ja_JP), never real data."""

from __future__ import annotations

import random
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from faker import Faker
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from privacydesk import paths
from privacydesk.domain import consent as consent_domain
from privacydesk.domain import profile
from privacydesk.domain import provisions as provisions_domain
from privacydesk.domain import register as register_domain
from privacydesk.domain import retention as retention_domain
from privacydesk.domain import subjects as subjects_domain
from privacydesk.domain.accounts import Role, now
from privacydesk.services import accounts as accounts_service
from privacydesk.services import complaint_demo, contractor_demo, organisation_demo, request_demo
from privacydesk.services.auth import create_database
from privacydesk.services.desk import Desk
from privacydesk.services.roles import MANAGER, allowed
from privacydesk.storage import keys
from privacydesk.storage.models import Purpose, RegisterEntry, Subject, SubjectEntry
from privacydesk.tasks import CancelToken, Progress, no_progress

DEMO_USER = "demo"
LEGAL_FORMS = ("株式会社", "有限会社", "合同会社", "合資会社", "合名会社")
DEMO_PASSWORD = "demo-password-2026"  # shown on screen: this database holds synthetic data only


@dataclass(frozen=True)
class DemoSummary:
    accounts: int
    profile_set: bool
    subjects: int = 0
    consents: int = 0
    provisions: int = 0
    entries: int = 0
    requests: int = 0
    contractors: int = 0
    complaints: int = 0
    incidents: int = 0
    staff: int = 0
    audits: int = 0


def _plain(company: str) -> str:
    """A Faker company name without its legal form, to name a synthetic NPO."""
    for form in LEGAL_FORMS:
        company = company.replace(form, "")
    return company.strip()


@allowed(*MANAGER)
def fill(
    desk: Desk,
    scale: int = 1000,
    seed: int = 2026,
    cancel: CancelToken | None = None,
    progress: Progress = no_progress,
    today: date | None = None,
) -> DemoSummary:
    """Synthetic data for every table that exists; later areas add theirs here."""
    day = today or date.today()
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    token = cancel or CancelToken()
    with desk.uow(write=True) as s:
        profile.save(
            s,
            profile.ProfileData(
                name="特定非営利活動法人 " + _plain(fake.company()) + "ネット",
                postal_code=fake.postcode(),
                address=fake.address(),
                representative=fake.name(),
                manager_title="個人情報保護管理者",
                manager_name=fake.name(),
                desk_department="個人情報相談窓口",
                desk_phone=fake.phone_number(),
                desk_fax=fake.phone_number(),
                desk_email="privacy@example.org",
                fee_yen=1000,
                payment_methods=["postal_stamps", "money_order", "cash"],
                retention_years=5,
            ),
            now(),
        )
        desk.audit(s, "demo.profile", "profile", 1)
    token.raise_if_cancelled()
    made = 0
    existing = {a.username for a in accounts_service.list_users(desk)}
    for i, role in enumerate([Role.STAFF, Role.STAFF, Role.VIEWER]):
        name = f"{role.value}{i + 1}"
        if name in existing:
            continue
        accounts_service.add_user(desk, name, role, DEMO_PASSWORD, fake.name())
        made += 1
    token.raise_if_cancelled()
    with desk.uow(write=True) as s:
        counts = register_domain.demo_register(s, seed, actor=desk.context.account_id)
        before = set(s.scalars(select(Subject.id)))
        subjects_made = subjects_domain.demo_subjects(s, scale, seed, token, progress)
        subject_ids = sorted(set(s.scalars(select(Subject.id))) - before)
        purpose_ids = list(s.scalars(select(Purpose.id).where(Purpose.active)))
        entry_ids = list(
            s.scalars(
                select(RegisterEntry.id).where(
                    RegisterEntry.active, RegisterEntry.app_own.is_(False)
                )
            )
        )
        _link_entries(s, subject_ids, entry_ids, seed)
        consents = consent_domain.demo_consents(s, subject_ids, purpose_ids, 3, seed)
        provisions = provisions_domain.demo_provisions(
            s, subject_ids, entry_ids, max(1, scale // 10), seed
        )
        retention_domain.demo_holds(s, subject_ids, entry_ids, 5, seed)
        desk.audit(
            s,
            "demo.filled",
            "database",
            "",
            {
                "subjects": subjects_made,
                "consents": consents,
                "provisions": provisions,
                "entries": counts.get("entries", 0),
            },
        )
    # Requests last, through their services (real letters): about one per 1,000 persons.
    requests_made, _letters = request_demo.add_requests(
        desk, subject_ids, scale // 1000, seed, day, fake, token
    )
    # Contractors through their services, with reviews answered question by question.
    contractors_made, _reviews = contractor_demo.add_contractors(desk, scale, seed, day, token)
    # Complaints and incidents last: they link to the persons, requests, contractors and letters.
    complaints_made, incidents_made = complaint_demo.add_complaints_and_incidents(
        desk, subject_ids, scale, seed, day, token
    )
    # The office's own compliance last: the notice is written from the register, the
    # contractors and the profile as they now stand.
    organisation = organisation_demo.add_organisation(desk, seed, day, fake, token)
    return DemoSummary(
        accounts=made,
        profile_set=True,
        subjects=subjects_made,
        consents=consents,
        provisions=provisions,
        entries=counts.get("entries", 0),
        requests=requests_made,
        contractors=contractors_made,
        complaints=complaints_made,
        incidents=incidents_made,
        staff=organisation.staff,
        audits=organisation.audits,
    )


def _link_entries(s: Session, subject_ids: list[int], entry_ids: list[int], seed: int) -> None:
    """Each synthetic person is held in one or two register entries."""
    if not entry_ids:
        return
    rng = random.Random(seed)
    rows = []
    for subject_id in subject_ids:
        for entry_id in set(rng.sample(entry_ids, k=min(len(entry_ids), rng.choice((1, 1, 2))))):
            rows.append({"subject_id": subject_id, "entry_id": entry_id})
    for start in range(0, len(rows), 5000):
        s.execute(insert(SubjectEntry), rows[start : start + 5000])


def create_demo(
    folder: Path | None = None, scale: int = 1000, kdf: keys.KdfParams = keys.STRONG
) -> Desk:
    """A fresh demo database (the old demo folder is wiped), signed in as the demo manager."""
    folder = folder or paths.demo_dir()
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True, mode=0o700)
    desk, _sheet = create_database(
        folder / paths.DB_FILENAME,
        DEMO_USER,
        DEMO_PASSWORD,
        kdf=kdf,
        display_name="デモ管理者",
        backup_root=folder / "backups",
    )
    fill(desk, scale)
    return desk
