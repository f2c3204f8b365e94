import factory

from people.models import Person, Role
from people.names import NONE_DECLARED


class PersonFactory(factory.django.DjangoModelFactory):
    display_name = factory.Sequence(lambda n: f"Person {n}")
    role = Role.MEDICAL_REVIEWER
    credentials = "MD, PhD"
    job_title = "Consultant in spinal cord injury"
    specialty = "Spinal cord injury rehabilitation"
    bio = "Works with people after a spinal cord injury."
    conflicts_of_interest = NONE_DECLARED

    class Meta:
        model = Person
