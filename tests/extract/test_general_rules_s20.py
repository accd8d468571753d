"""Session 20 (issue 12, extract19), read back through `extract_file`, the API under every front end: support
channels named by a label or a chat product's channel, with no reporting word around them. The positive texts are
real lines of the public support pages of two corpus batches (batch 18's en84 and en87, batch 17's en77), cut to
the lines that matter; the guards are texts of our own.

- a list item labelled by its way ("- Slack channel: Premium customers only", "* Chat: Available when …");
- a communication label ("**Communication**: Email, ticket system, phone, and dedicated Slack channel");
- a way the label says is not offered, or a label naming no way, gives no channel; nor do labelled addresses under a
  line naming notices or the client's contact details.
"""

from __future__ import annotations

from pathlib import Path

from extract_support import terms_of, text_lines as _lines


def _kinds(tmp_path: Path, *lines: str) -> list[str]:
    return [c["kind"] for c in terms_of(tmp_path, _lines(*lines)).get("support_channels", [])]


def test_items_labelled_by_their_way_under_a_sub_heading(tmp_path: Path) -> None:
    # en84 (batch 18): the items sit under "### Technical Support", below the "## Support Channels" heading
    kinds = _kinds(
        tmp_path,
        "## Support Channels",
        "### Technical Support",
        "- Dedicated support portal",
        "- Email: support@evereven.tech",
        "- Phone: Premium customers only",
        "- Slack channel: Premium customers only",
    )
    assert "chat-group" in kinds
    assert {"email", "phone"} <= set(kinds)


def test_a_chat_item_in_a_list_of_ways(tmp_path: Path) -> None:
    # en77 (batch 17): a TL;DR list, each way labelled, no reporting word on the chat line
    kinds = _kinds(
        tmp_path,
        "#### TL;DR",
        "* Tickets: The best way to contact us for any problems.",
        '* Chat: Available when you see a "Chat with us" button!',
        "* Phone: Speak with our friendly team.",
    )
    assert {"ticket", "chat-group", "phone"} <= set(kinds)


def test_a_communication_label_names_the_ways_of_a_tier(tmp_path: Path) -> None:
    # en87 (batch 18): one tier's card; the ways follow a bold "Communication" label
    kinds = _kinds(
        tmp_path,
        "#### Enterprise Support",
        "- **Availability**: 24/7 support coverage",
        "- **Communication**: Email, ticket system, phone, and dedicated Slack channel",
    )
    assert set(kinds) == {"email", "ticket", "phone", "chat-group"}


def test_a_dedicated_chat_channel_among_a_tiers_benefits(tmp_path: Path) -> None:
    # en82 (batch 18): the chat product's channel is the only word naming the way
    kinds = _kinds(
        tmp_path,
        "### Additional Benefits",
        "- Dedicated Slack/Teams channel",
        "- Monthly strategy calls",
    )
    assert kinds == ["chat-group"]


def test_a_way_the_label_says_is_not_offered_or_no_way_at_all(tmp_path: Path) -> None:
    kinds = _kinds(
        tmp_path,
        "### Basic plan",
        "- Phone: not available on this plan",
        "- **Communication**: a monthly status report to the steering committee",
        "- Marketing channel: partner resellers",
    )
    assert kinds == []


def test_labelled_addresses_of_a_notice_clause_or_the_clients_contact_are_no_channels(tmp_path: Path) -> None:
    kinds = _kinds(
        tmp_path,
        "## Notices",
        "Notices under this Agreement go to:",
        "- Email: legal@vendor.example",
        "- Phone: +1 415 555 0100",
        "## Customer contact",
        "- Email: it@client.example",
        "## Service levels",
        "Critical requests are answered within 4 hours.",
    )
    assert kinds == []
