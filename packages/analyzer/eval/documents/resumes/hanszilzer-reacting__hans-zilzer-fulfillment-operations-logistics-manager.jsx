import React from 'react';


const Resume = () => {
  return (
    <section id="resume">
      <h2>Resume</h2>
      <div className="resume-section">
        <h3>Skills</h3>
        <ul className="skills-list">
          <li>PMP Project Management</li>
          <li>Agile</li>
          <li>Leadership</li>
          <li>Inventory Management</li>
          <li>Negotiation</li>
          <li>Scrum</li>
          <li>Operations Management</li>
          <li>Logistics Management</li>
          <li>Team Building</li>
          <li>Planning</li>
          <li>Kaizen</li>
          <li>Stakeholder Management</li>
          <li>Procurement</li>
          <li>Problem Solving</li>
          <li>Microsoft Suite</li>
          <li>Budgeting</li>
          <li>Coding: JavaScript, SQL, NoSQL, HTML, CSS</li>
          <li>Continuous Improvement</li>
          <li>Bilingual: English & Spanish</li>
          <li>Cultural Intelligence</li>
          <li>ERP</li>
          <li>SAP</li>
        </ul>
      </div>
      <div className="resume-section">
        <h3>Experience</h3>
        <div className="resume-item">
          <h4>Continuous Improvement Manager - Target Corporation</h4>
          <p>Joliet, IL / 2023 – Present</p>
          <ul>
            <li>Standardized all process paths within Inbound and Outbound Fulfillment operations.</li>
            <li>Utilized causal chain problem solving to improve processes yielding up to 25% productivity increases.</li>
            <li>Facilitated and led a Kaizen event that yielded a 95% productivity increase.</li>
            <li>Utilized data driven problem solving to improve Safety, Quality, Delivery, and Productivity KPI’s.</li>
          </ul>
        </div>
        <div className="resume-item">
          <h4>Operations Manager - Target Corporation</h4>
          <p>Chicago, IL / 2021 – 2023</p>
          <ul>
            <li>Launched Inbound and Outbound Fulfillment operations at start-up Flow Center, overseeing 200 Full-Time and Seasonal employees, growing our inventory 500,000 SKUs to deliver over 80,000 daily orders with 99.6% on-time delivery.</li>
            <li>Apply continuous improvement techniques and partner with cross-functional teams to improve all four KPI’s in fulfillment operations.</li>
            <li>Build and execute development plans to promote team members into supervisors and supervisors into managers.</li>
            <li>Standardized daily planning and staffing across a 24-hour operation to efficiently track and budget labor hours.</li>
          </ul>
        </div>
        <div className="resume-item">
          <h4>Transportation Manager II - J.B. Hunt Transport, Inc</h4>
          <p>Chicago, IL / 2018 – 2021</p>
          <ul>
            <li>Directed a team of Class A CDL drivers, fostering professional growth and maintaining high levels of productivity.</li>
            <li>Improved safety metrics by reducing preventable collision costs by 50% year over year as well as team productivity, achieving an average of 95% on-time service and a 40% decrease in turnover among new hires.</li>
            <li>Provided throughput analysis and business justification against forecast to hire over 100 drivers to be able to meet demand. This included coordination with our corporate office to make sure that all drivers meet the minimum hiring requirements as well as coordinating with operation managers to streamline communication between new drivers and their managers.</li>
          </ul>
        </div>
        <div className="resume-item">
          <h4>Logistics Intern - Extol Inc.</h4>
          <p>Zeeland, MI / 2017 – 2018</p>
          <ul>
            <li>Assisted with procurement of truckload carriers, utilizing RFQs to negotiate, schedule, and finalize the process through carrier invoice auditing, OS&Ds, and receipt of signed bill of ladings.</li>
            <li>Collaborated with team to design a "supermarket" inventory system that enhanced procurement efficiency and reduced costs by $600,000.</li>
          </ul>
        </div>
      </div>
      <div className="resume-section">
        <h3>Education</h3>
        <p>Bachelor of Business Administration, Supply Chain Management and Marketing</p>
        <p>Grand Valley State University / 2013-2018</p>
      </div>
    </section>
  );
};

export default Resume;
