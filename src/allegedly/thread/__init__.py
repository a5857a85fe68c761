"""thread stage: separate a document's comment thread and resolve who replies to whom."""

from allegedly.thread.replies import link_replies
from allegedly.thread.split import ThreadSplit, separate_thread

__all__ = ["ThreadSplit", "link_replies", "separate_thread"]
